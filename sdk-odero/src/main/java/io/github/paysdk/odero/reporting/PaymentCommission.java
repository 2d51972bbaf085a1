package io.github.paysdk.odero.reporting;

import java.math.BigDecimal;

/**
 * A payment's commissions, as some responses group them.
 *
 * @param pfCommissionRateAmount Odero's commission
 * @param merchantCommissionRate the merchant's commission rate
 * @param merchantCommissionRateAmount the merchant's commission
 */
public record PaymentCommission(
    BigDecimal pfCommissionRateAmount,
    BigDecimal merchantCommissionRate,
    BigDecimal merchantCommissionRateAmount) {}
