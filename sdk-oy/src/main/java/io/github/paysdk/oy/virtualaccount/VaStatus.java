package io.github.paysdk.oy.virtualaccount;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** The state of a virtual account ({@code va_status}, matched case-insensitively). */
public enum VaStatus {
  /** Active: can receive a payment. */
  WAITING_PAYMENT,
  /** A payment came in. */
  PAYMENT_DETECTED,
  /** Expired: no payments or updates any more. */
  EXPIRED,
  /** The transaction expired; a lifetime VA can get a new one by an update. */
  STATIC_TRX_EXPIRED,
  /** Closed after a payment (single-use VAs only). */
  COMPLETE,
  /** A status this SDK version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
