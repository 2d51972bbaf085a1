package io.github.paysdk.odero.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** What a payment is for. Values this SDK does not know read as {@link #UNKNOWN}. */
public enum PaymentGroup {
  /** A product. */
  PRODUCT,
  /** A listing or subscription. */
  LISTING_OR_SUBSCRIPTION,
  /** A value this SDK does not know yet; never send it. */
  @JsonEnumDefaultValue
  UNKNOWN
}
