package io.github.paysdk.odero.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** A currency. AZN is the currency of odero.az; payouts are always in AZN. Values this SDK does not know read as {@link #UNKNOWN}. */
public enum Currency {
  /** Azerbaijani manat. */
  AZN,
  /** Turkish lira. */
  TRY,
  /** US dollar. */
  USD,
  /** Euro. */
  EUR,
  /** A value this SDK does not know yet; never send it. */
  @JsonEnumDefaultValue
  UNKNOWN
}
