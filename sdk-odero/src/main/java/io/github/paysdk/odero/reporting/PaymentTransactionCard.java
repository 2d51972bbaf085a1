package io.github.paysdk.odero.reporting;

import java.math.BigDecimal;

/**
 * The commissions attributed to one payment transaction.
 *
 * @param merchantCommissionRate the merchant's commission rate
 * @param merchantCommissionRateAmount the merchant's commission on this share
 * @param pfCommissionRateAmount Odero's commission on this share
 */
public record PaymentTransactionCard(
    BigDecimal merchantCommissionRate,
    BigDecimal merchantCommissionRateAmount,
    BigDecimal pfCommissionRateAmount) {}
