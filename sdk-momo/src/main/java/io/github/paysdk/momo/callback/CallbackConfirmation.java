package io.github.paysdk.momo.callback;

import io.github.paysdk.momo.model.TransactionResult;

/**
 * The outcome of checking a callback against the status endpoint.
 *
 * @param confirmed the status MTN reports now: act on this, not on the callback
 * @param matches true if the callback's status, amount, currency and external id agree with it
 */
public record CallbackConfirmation(TransactionResult confirmed, boolean matches) {}
