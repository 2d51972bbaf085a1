package io.github.paysdk.odero.payment;

import io.github.paysdk.odero.model.Payout;
import io.github.paysdk.odero.model.TransactionStatus;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One basket item's share of a payment, as payment calls return it; refund it alone with its id.
 *
 * @param id the payment transaction id
 * @param externalId the merchant's id of the item
 * @param name the item's name
 * @param price the item's price
 * @param paidPrice the share of the paid amount
 * @param walletPrice the share taken from the wallet
 * @param merchantCommissionRate the merchant's commission rate
 * @param merchantCommissionRateAmount the merchant's commission
 * @param merchantPayoutAmount the merchant's payout
 * @param subMerchantId the sub-merchant, or null
 * @param subMerchantPrice the sub-merchant's share of the price
 * @param subMerchantPayoutRate the sub-merchant's payout rate
 * @param subMerchantPayoutAmount the sub-merchant's payout
 * @param pfCommissionRateAmount Odero's commission
 * @param transactionStatus the money-transfer status
 * @param blockageResolvedDate when the bank releases the funds
 * @param payout how the money is split
 */
public record PaymentTransaction(
    Long id,
    String externalId,
    String name,
    BigDecimal price,
    BigDecimal paidPrice,
    BigDecimal walletPrice,
    BigDecimal merchantCommissionRate,
    BigDecimal merchantCommissionRateAmount,
    BigDecimal merchantPayoutAmount,
    Long subMerchantId,
    BigDecimal subMerchantPrice,
    BigDecimal subMerchantPayoutRate,
    BigDecimal subMerchantPayoutAmount,
    BigDecimal pfCommissionRateAmount,
    TransactionStatus transactionStatus,
    LocalDateTime blockageResolvedDate,
    Payout payout) {}
