package io.github.paysdk.momo.collection;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** The state of an existing pre-approval in {@link PreApprovalDetails}. */
public enum PreApprovalState {
  /** Usable for debits. */
  APPROVED,
  /** Cancelled. */
  CANCELLED,
  /** Expired. */
  EXPIRED,
  /** Rejected by the payer. */
  REJECTED,
  /** Waiting for the payer. */
  PENDING,
  /** A value this SDK version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
