package io.github.paysdk.oy.receivable;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Whether a customer can be invoiced. */
public enum CustomerStatus {
  /** {@code ACTIVE}. */
  ACTIVE,
  /** {@code INACTIVE}. */
  INACTIVE,
  /** A value this SDK version does not know (never send it). */
  @JsonEnumDefaultValue
  UNKNOWN
}
