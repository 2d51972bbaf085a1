package io.github.paysdk.oy.receivable;

/** How to resend an invoice. */
public enum ResendChannel {
  /** By email, from the partner's email. */
  EMAIL,
  /** By WhatsApp, from the partner's number (fees may apply; daily limit). */
  WHATSAPP
}
