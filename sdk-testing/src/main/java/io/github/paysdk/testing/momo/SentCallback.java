package io.github.paysdk.testing.momo;

/**
 * A callback the simulator delivered (or tried to).
 *
 * @param method POST or PUT
 * @param url the {@code X-Callback-Url} of the transaction
 * @param body the JSON body, the same as the status query's answer
 * @param receiverStatus the receiver's HTTP status, or -1 if it could not be reached
 */
public record SentCallback(String method, String url, String body, int receiverStatus) {}
