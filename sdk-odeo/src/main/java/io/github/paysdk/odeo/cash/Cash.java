package io.github.paysdk.odeo.cash;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An amount of cash.
 *
 * @param amount the amount, in the currency's units (IDR)
 * @param currency the currency, e.g. {@code IDR}
 * @param formattedAmount the amount formatted for display, e.g. {@code Rp1,000,000}
 */
public record Cash(
    @JsonProperty("amount") long amount,
    @JsonProperty("currency") String currency,
    @JsonProperty("formatted_amount") String formattedAmount) {}
