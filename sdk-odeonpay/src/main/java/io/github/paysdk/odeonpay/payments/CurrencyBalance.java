package io.github.paysdk.odeonpay.payments;

import java.math.BigDecimal;

/**
 * The balance in one currency.
 *
 * @param currency the currency
 * @param total total funds
 * @param pending funds reserved for ongoing transactions
 * @param hold funds on hold
 * @param fee acquiring and other fees
 * @param pendingFee funds reserved for ongoing fees
 * @param available funds available for operations
 */
public record CurrencyBalance(
    String currency,
    BigDecimal total,
    BigDecimal pending,
    BigDecimal hold,
    BigDecimal fee,
    BigDecimal pendingFee,
    BigDecimal available) {}
