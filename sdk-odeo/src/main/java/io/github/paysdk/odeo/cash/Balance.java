package io.github.paysdk.odeo.cash;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A user's balance.
 *
 * @param cash the available cash
 * @param lockedCash cash held by pending operations
 */
public record Balance(
    @JsonProperty("cash") Cash cash,
    @JsonProperty("locked_cash") Cash lockedCash) {}
