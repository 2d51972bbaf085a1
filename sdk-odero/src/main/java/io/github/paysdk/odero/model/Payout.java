package io.github.paysdk.odero.model;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * How a payment transaction's money is split between the merchant, the sub-merchant and Odero. Payouts
 * are always in AZN; for other currencies the conversion difference is in the {@code pfConversion} fields
 * (0 for AZN payments).
 *
 * @param paidPrice the share of the paid amount
 * @param currency the payout currency
 * @param merchantPayoutAmount the merchant's payout
 * @param subMerchantPayoutAmount the sub-merchant's payout
 * @param pfCommissionRateAmount Odero's commission
 * @param pfConversionRate the conversion rate difference Odero used
 * @param pfConversionRateAmount the conversion difference Odero received
 * @param merchantPayoutStatus the merchant payout status, if sent
 * @param subMerchantPayoutStatus the sub-merchant payout status, if sent
 * @param merchantPayoutStatusDate when the merchant payout status changed, if sent
 * @param subMerchantPayoutStatusDate when the sub-merchant payout status changed, if sent
 */
public record Payout(
    BigDecimal paidPrice,
    Currency currency,
    BigDecimal merchantPayoutAmount,
    BigDecimal subMerchantPayoutAmount,
    BigDecimal pfCommissionRateAmount,
    BigDecimal pfConversionRate,
    BigDecimal pfConversionRateAmount,
    PayoutStatus merchantPayoutStatus,
    PayoutStatus subMerchantPayoutStatus,
    LocalDateTime merchantPayoutStatusDate,
    LocalDateTime subMerchantPayoutStatusDate) {}
