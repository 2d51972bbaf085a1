package io.github.paysdk.odero.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Where refunded money goes. Values this SDK does not know read as {@link #UNKNOWN}. */
public enum RefundDestinationType {
  /** Back to the card (the default). */
  CARD,
  /** To the buyer's wallet. */
  WALLET,
  /** A value this SDK does not know yet; never send it. */
  @JsonEnumDefaultValue
  UNKNOWN
}
