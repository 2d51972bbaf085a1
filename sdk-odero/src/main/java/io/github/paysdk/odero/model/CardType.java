package io.github.paysdk.odero.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** The kind of card. Values this SDK does not know read as {@link #UNKNOWN}. */
public enum CardType {
  /** Credit card. */
  CREDIT_CARD,
  /** Debit card. */
  DEBIT_CARD,
  /** Prepaid card. */
  PREPAID_CARD,
  /** A value this SDK does not know yet; never send it. */
  @JsonEnumDefaultValue
  UNKNOWN
}
