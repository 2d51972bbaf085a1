package io.github.paysdk.odero.refund;

import io.github.paysdk.odero.model.Currency;
import io.github.paysdk.odero.model.RefundDestinationType;
import io.github.paysdk.odero.model.RefundStatus;
import io.github.paysdk.odero.model.RefundType;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A refund of a whole payment; it refunds each of the payment's transactions.
 *
 * @param id the refund id
 * @param conversationId the merchant's reference
 * @param createdDate when it was made
 * @param status its result
 * @param refundPrice the refunded amount
 * @param refundBankPrice the amount returned to the card
 * @param refundWalletPrice the amount returned to the wallet
 * @param refundType CANCEL (before settlement) or REFUND
 * @param refundDestinationType where the money went
 * @param currency the currency
 * @param paymentId the refunded payment
 * @param paymentTransactionRefunds the refund of each transaction
 */
public record Refund(
    Long id,
    String conversationId,
    LocalDateTime createdDate,
    RefundStatus status,
    BigDecimal refundPrice,
    BigDecimal refundBankPrice,
    BigDecimal refundWalletPrice,
    RefundType refundType,
    RefundDestinationType refundDestinationType,
    Currency currency,
    Long paymentId,
    List<TransactionRefund> paymentTransactionRefunds) {

  /** Replaces a missing list by an empty one. */
  public Refund {
    paymentTransactionRefunds =
        paymentTransactionRefunds == null ? List.of() : List.copyOf(paymentTransactionRefunds);
  }
}
