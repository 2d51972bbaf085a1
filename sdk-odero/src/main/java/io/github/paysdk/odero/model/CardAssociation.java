package io.github.paysdk.odero.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** The card scheme. Values this SDK does not know read as {@link #UNKNOWN}. */
public enum CardAssociation {
  /** Visa. */
  VISA,
  /** Mastercard. */
  MASTER_CARD,
  /** American Express. */
  AMEX,
  /** Troy. */
  TROY,
  /** A value this SDK does not know yet; never send it. */
  @JsonEnumDefaultValue
  UNKNOWN
}
