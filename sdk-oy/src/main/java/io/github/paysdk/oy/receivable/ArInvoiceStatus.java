package io.github.paysdk.oy.receivable;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** The state of an Account Receivable invoice. */
public enum ArInvoiceStatus {
  /** {@code CREATED}. */
  CREATED,
  /** {@code OVERDUE}. */
  OVERDUE,
  /** {@code PAID}. */
  PAID,
  /** {@code CANCELLED}. */
  CANCELLED,
  /** A value this SDK version does not know (never send it). */
  @JsonEnumDefaultValue
  UNKNOWN
}
