package io.github.paysdk.odero.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** How a payment was refunded. Values this SDK does not know read as {@link #UNKNOWN}. */
public enum RefundType {
  /** Cancelled before settlement. */
  CANCEL,
  /** Refunded after settlement. */
  REFUND,
  /** A value this SDK does not know yet; never send it. */
  @JsonEnumDefaultValue
  UNKNOWN
}
