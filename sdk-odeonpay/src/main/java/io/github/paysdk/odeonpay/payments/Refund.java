package io.github.paysdk.odeonpay.payments;

/**
 * A refund OdeonPay accepted. It carries only the new refund's id, no status: the final status arrives by
 * notification (Refund Success / Refund Failure) or {@code status(transactionId)}.
 *
 * @param transactionId the refund transaction's id
 */
public record Refund(Long transactionId) {}
