package io.github.paysdk.odero.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** The money-transfer status of a payment transaction. Values this SDK does not know read as {@link #UNKNOWN}. */
public enum TransactionStatus {
  /** Waiting for the merchant's approval. */
  WAITING_FOR_APPROVAL,
  /** Approved for payout. */
  APPROVED,
  /** Payout started. */
  PAYOUT_STARTED,
  /** A value this SDK does not know yet; never send it. */
  @JsonEnumDefaultValue
  UNKNOWN
}
