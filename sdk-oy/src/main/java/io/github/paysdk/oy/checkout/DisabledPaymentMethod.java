package io.github.paysdk.oy.checkout;

/** A payment method to switch off on a payment link ({@code list_disabled_payment_methods}). */
public enum DisabledPaymentMethod {
  /** Virtual accounts. */
  VA,
  /** Cards, credit and debit. */
  CREDIT_CARD,
  /** QRIS. */
  QRIS,
  /** E-wallets. */
  EWALLET,
  /** Both virtual accounts and unique-code transfers. */
  BANK_TRANSFER
}
