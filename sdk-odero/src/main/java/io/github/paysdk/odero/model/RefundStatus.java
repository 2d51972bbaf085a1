package io.github.paysdk.odero.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** The result of a refund. Values this SDK does not know read as {@link #UNKNOWN}. */
public enum RefundStatus {
  /** Refunded. */
  SUCCESS,
  /** Failed. */
  FAILURE,
  /** A value this SDK does not know yet; never send it. */
  @JsonEnumDefaultValue
  UNKNOWN
}
