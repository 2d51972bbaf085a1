package io.github.paysdk.oy.checkout;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** How a payment-link payment was made ({@code payment_method}). */
public enum PaymentMethod {
  /** Cards (credit and debit). */
  CC,
  /** QRIS. */
  QRIS,
  /** An e-wallet. */
  EWALLET,
  /** A virtual account. */
  VA,
  /** Bank transfer with a unique code. */
  BANK_TRANSFER,
  /** A value this SDK version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
