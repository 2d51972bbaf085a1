package io.github.paysdk.odero.installment;

import java.math.BigDecimal;

/**
 * The price of one installment plan.
 *
 * @param installmentNumber the number of installments
 * @param installmentPrice the amount of each installment
 * @param totalPrice the total the buyer pays
 */
public record InstallmentPrice(Integer installmentNumber, BigDecimal installmentPrice, BigDecimal totalPrice) {}
