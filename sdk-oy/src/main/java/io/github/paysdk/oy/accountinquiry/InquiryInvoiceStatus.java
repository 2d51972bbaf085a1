package io.github.paysdk.oy.accountinquiry;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** The status of an account-inquiry invoice (matched case-insensitively). */
public enum InquiryInvoiceStatus {
  /** Created by the day's first inquiry. */
  INITIATED,
  /** Billed the next day; pay it within the grace period. */
  UNPAID,
  /** Paid. */
  PAID,
  /** A status this SDK version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
