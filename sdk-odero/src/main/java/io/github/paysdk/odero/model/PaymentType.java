package io.github.paysdk.odero.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** How a payment was paid. Values this SDK does not know read as {@link #UNKNOWN}. */
public enum PaymentType {
  /** Paid by card. */
  CARD_PAYMENT,
  /** Paid with more than one card. */
  MULTI_CARD_PAYMENT,
  /** A deposit. */
  DEPOSIT_PAYMENT,
  /** Paid from the wallet. */
  WALLET_PAYMENT,
  /** Paid partly by card, partly from the wallet. */
  CARD_AND_WALLET_PAYMENT,
  /** Paid by bank transfer. */
  BANK_TRANSFER,
  /** Paid with a loan. */
  CREDIT_PAYMENT,
  /** A value this SDK does not know yet; never send it. */
  @JsonEnumDefaultValue
  UNKNOWN
}
