package io.github.paysdk.oy.model;

/**
 * The {@code status} object OY puts in most responses: a three-character code (kept as text for its
 * leading zeros) and OY's message. Several codes have more than one meaning (VA 214, 219, 202), so read
 * the message too.
 *
 * @param code the code as sent, e.g. {@code "000"} or {@code "101"}
 * @param message OY's message, e.g. {@code "Request is Processed"}
 */
public record OyStatus(String code, String message) {}
