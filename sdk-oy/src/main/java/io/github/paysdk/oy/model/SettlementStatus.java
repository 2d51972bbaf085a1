package io.github.paysdk.oy.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * Whether received money has been settled to the partner's balance (VA history, VA and payment-link
 * callbacks). With non-real-time settlement OY calls back twice: first WAITING, then SUCCESS.
 */
public enum SettlementStatus {
  /** Not settled yet; {@code settlement_time} says when it will be. */
  WAITING,
  /** Settled. */
  SUCCESS,
  /** A value this SDK version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
