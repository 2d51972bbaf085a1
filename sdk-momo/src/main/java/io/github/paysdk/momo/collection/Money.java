package io.github.paysdk.momo.collection;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.github.paysdk.momo.internal.MomoRules;
import java.math.BigDecimal;

/**
 * An amount and its currency, as the payment API nests them ({@code "money":{"amount","currency"}}).
 *
 * @param amount the amount, greater than 0 (a JSON string)
 * @param currency the ISO 4217 currency
 */
public record Money(@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount, String currency) {
  /** Validates both parts. */
  public Money {
    MomoRules.amount(amount, "money.amount");
    MomoRules.currency(currency, "money.currency");
  }

  /**
   * @param amount the amount as text
   * @param currency the currency
   * @return the money
   */
  public static Money of(String amount, String currency) {
    return new Money(MomoRules.decimal(amount, "money.amount"), currency);
  }
}
