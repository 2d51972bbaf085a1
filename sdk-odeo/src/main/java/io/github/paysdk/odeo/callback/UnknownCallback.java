package io.github.paysdk.odeo.callback;

/**
 * A verified callback whose {@code notify_type} this SDK version does not know. Odeo does not publish
 * its callback catalogue, so read {@link #rawBody()} yourself.
 *
 * @param notifyType the {@code notify_type}, or null
 * @param rawBody the body as received (UTF-8)
 */
public record UnknownCallback(String notifyType, String rawBody) implements OdeoCallback {}
