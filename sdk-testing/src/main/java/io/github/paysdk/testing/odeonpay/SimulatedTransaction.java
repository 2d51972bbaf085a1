package io.github.paysdk.testing.odeonpay;

import java.math.BigDecimal;

/**
 * A snapshot of one transaction in the simulator, for assertions. Card data is kept as first six and last
 * four digits only.
 *
 * @param transactionId the id
 * @param operationTypeCode 1 payment, 2 refund, 3 payout
 * @param statusCode 1, 4, 5, 7, 10 or 99
 * @param reasonCode the reason code, or null
 * @param amount the amount
 * @param currency the currency
 * @param invoiceId the invoice id, or null
 * @param paymentTransactionId the refunded payment, or null
 * @param cardFirstSix first six digits of the card, or null
 * @param cardLastFour last four digits of the card, or null
 */
public record SimulatedTransaction(long transactionId, int operationTypeCode, int statusCode, Integer reasonCode,
    BigDecimal amount, String currency, String invoiceId, Long paymentTransactionId, String cardFirstSix,
    String cardLastFour) {}
