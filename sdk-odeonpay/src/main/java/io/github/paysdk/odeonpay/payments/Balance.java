package io.github.paysdk.odeonpay.payments;

import java.util.List;

/**
 * One balance account of the merchant.
 *
 * @param name the account's name
 * @param currencies its balance per currency
 */
public record Balance(String name, List<CurrencyBalance> currencies) {
  /** Copies the list; a missing list becomes empty. */
  public Balance {
    currencies = currencies == null ? List.of() : List.copyOf(currencies);
  }
}
