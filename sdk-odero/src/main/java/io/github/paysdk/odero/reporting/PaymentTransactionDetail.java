package io.github.paysdk.odero.reporting;

import io.github.paysdk.odero.model.Payout;
import io.github.paysdk.odero.model.TransactionStatus;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One basket item's share of a payment (a payment transaction), with its payout, commissions and refunds.
 *
 * @param id the payment transaction id (refund one with it)
 * @param createdDate when it was created
 * @param externalId the merchant's external id of the basket item
 * @param transactionStatus the money-transfer status
 * @param transactionStatusDate when that status last changed
 * @param price the item's price in the basket
 * @param paidPrice the share of the paid amount
 * @param walletPrice the share taken from the wallet
 * @param merchantPayoutAmount the merchant's share of the payout
 * @param subMerchantId the sub-merchant, if any
 * @param subMerchantName the sub-merchant's name, if any
 * @param subMerchantPrice the sub-merchant's share of the price
 * @param subMerchantPayoutRate the sub-merchant's payout rate
 * @param subMerchantPayoutAmount the sub-merchant's payout
 * @param payout how the money is split
 * @param paymentTransactionCard the commissions of this share
 * @param paymentTransactionRefunds full or partial refunds of this transaction
 */
public record PaymentTransactionDetail(
    Long id,
    LocalDateTime createdDate,
    String externalId,
    TransactionStatus transactionStatus,
    LocalDateTime transactionStatusDate,
    BigDecimal price,
    BigDecimal paidPrice,
    BigDecimal walletPrice,
    BigDecimal merchantPayoutAmount,
    Long subMerchantId,
    String subMerchantName,
    BigDecimal subMerchantPrice,
    BigDecimal subMerchantPayoutRate,
    BigDecimal subMerchantPayoutAmount,
    Payout payout,
    PaymentTransactionCard paymentTransactionCard,
    List<PaymentTransactionRefund> paymentTransactionRefunds) {

  /** Replaces a missing list by an empty one. */
  public PaymentTransactionDetail {
    paymentTransactionRefunds =
        paymentTransactionRefunds == null ? List.of() : List.copyOf(paymentTransactionRefunds);
  }
}
