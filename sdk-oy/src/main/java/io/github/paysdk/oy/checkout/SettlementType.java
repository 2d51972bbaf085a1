package io.github.paysdk.oy.checkout;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Whether a payment settles immediately or later ({@code realtime} / {@code non_realtime}). */
public enum SettlementType {
  /** Settled at once. */
  REALTIME,
  /** Settled later; a second callback reports the settlement. */
  NON_REALTIME,
  /** A value this SDK version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
