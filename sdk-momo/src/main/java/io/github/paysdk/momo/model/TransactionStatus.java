package io.github.paysdk.momo.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Where an asynchronous MoMo transaction stands. Only {@link #SUCCESSFUL} and {@link #FAILED} are final. */
public enum TransactionStatus {
  /** Registered, not yet processed (seen in the sandbox and on invoices and payments). */
  CREATED,
  /** Waiting, e.g. for the payer to approve (up to 5 minutes). */
  PENDING,
  /** Done: money moved. */
  SUCCESSFUL,
  /** Done: no money moved; the result's reason says why. */
  FAILED,
  /** A value this SDK version does not know; treat as not final. */
  @JsonEnumDefaultValue
  UNKNOWN;

  /** @return true for {@link #SUCCESSFUL} and {@link #FAILED} */
  public boolean isFinal() {
    return this == SUCCESSFUL || this == FAILED;
  }
}
