package io.github.paysdk.momo.callback;

import io.github.paysdk.momo.model.TransactionResult;

/**
 * A callback as received: the HTTP method MTN used and the transaction result it carries. The body
 * carries no reference id: put it in your callback URL (e.g. {@code /momo/callback/{referenceId}}).
 * Unauthenticated: confirm with {@link MomoCallbacks#confirm} before trusting it.
 *
 * @param method {@code POST} or {@code PUT}
 * @param result the transaction result
 */
public record MomoCallback(String method, TransactionResult result) {}
