package io.github.paysdk.odeonpay.internal;

import io.github.paysdk.odeonpay.model.Transaction;

/**
 * The {@link Envelope} of answers whose payload is a transaction or a 3-D Secure step (charge, post3ds,
 * status, APM), with the payloads typed: parsed straight from the body in one pass, no tree. A payload that
 * is absent or JSON null is null here, as {@link Envelope#present} would say.
 *
 * @param success the success flag, or null if absent
 * @param message the human-readable message, or null
 * @param model the transaction, or null
 * @param threeDsRedirectModel the Redirect 3-D Secure model, or null
 * @param threeDsModel the Advanced 3-D Secure model, or null
 */
public record TransactionEnvelope(
    Boolean success,
    String message,
    Transaction model,
    ThreeDsModels.Redirect threeDsRedirectModel,
    ThreeDsModels.Acs threeDsModel) {}
