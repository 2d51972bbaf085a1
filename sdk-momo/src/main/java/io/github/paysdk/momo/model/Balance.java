package io.github.paysdk.momo.model;

import java.math.BigDecimal;

/**
 * The balance of the merchant account linked to the API user.
 *
 * @param availableBalance the available balance (a JSON string on the wire)
 * @param currency the ISO 4217 currency
 */
public record Balance(BigDecimal availableBalance, String currency) {}
