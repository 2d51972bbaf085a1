package io.github.paysdk.odero.reporting;

import io.github.paysdk.odero.model.ConnectorType;
import io.github.paysdk.odero.model.Currency;
import io.github.paysdk.odero.model.PaymentStatus;
import io.github.paysdk.odero.model.PaymentType;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A payment as payment reporting shows it: amounts, card, refunds and transactions with their payouts.
 * Every field may be null: the platform leaves out what does not apply.
 *
 * @param id the payment id
 * @param createdDate when the payment was created (platform local time)
 * @param updatedDate when it last changed
 * @param orderId the order id (Odero's for wallet operations, otherwise the bank's)
 * @param price the basket total
 * @param paidPrice the amount paid
 * @param walletPrice the amount taken from the wallet
 * @param paymentType how it was paid
 * @param currency the currency
 * @param paymentStatus the status
 * @param conversationId the merchant's conversationId from the payment request
 * @param paymentCard the card and commission information
 * @param paymentRefunds refunds of the whole payment
 * @param paymentTransactions the basket items' transactions
 * @param connectorType the connector (not in every response)
 * @param paymentCommission the commissions (not in every response)
 */
public record PaymentDetail(
    Long id,
    LocalDateTime createdDate,
    LocalDateTime updatedDate,
    String orderId,
    BigDecimal price,
    BigDecimal paidPrice,
    BigDecimal walletPrice,
    PaymentType paymentType,
    Currency currency,
    PaymentStatus paymentStatus,
    String conversationId,
    PaymentCard paymentCard,
    List<PaymentRefund> paymentRefunds,
    List<PaymentTransactionDetail> paymentTransactions,
    ConnectorType connectorType,
    PaymentCommission paymentCommission) {

  /** Replaces missing lists by empty ones. */
  public PaymentDetail {
    paymentRefunds = paymentRefunds == null ? List.of() : List.copyOf(paymentRefunds);
    paymentTransactions = paymentTransactions == null ? List.of() : List.copyOf(paymentTransactions);
  }
}
