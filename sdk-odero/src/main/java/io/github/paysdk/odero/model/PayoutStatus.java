package io.github.paysdk.odero.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** The payout state of a transaction's share. Values this SDK does not know read as {@link #UNKNOWN}. */
public enum PayoutStatus {
  /** No payout. */
  NO_PAYOUT,
  /** Waiting for payout. */
  WAITING_FOR_PAYOUT,
  /** Payout started. */
  PAYOUT_STARTED,
  /** Paid out. */
  PAYOUT_COMPLETED,
  /** A value this SDK does not know yet; never send it. */
  @JsonEnumDefaultValue
  UNKNOWN
}
