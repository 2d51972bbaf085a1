package io.github.paysdk.odero.error;

import java.util.Locale;

/**
 * The documented groups of payment and bank errors. Odero says to handle payment errors by group, not by
 * code. Groups this SDK does not know are {@link #UNKNOWN}; the raw value stays in
 * {@link OderoError#errorGroup()}.
 */
public enum PaymentErrorGroup {
  /** Not enough money on the card (code 10051). */
  NOT_SUFFICIENT_FUNDS,
  /** The bank declined without a reason (10005). */
  DO_NOT_HONOUR,
  /** Invalid transaction (10012). */
  INVALID_TRANSACTION,
  /** Lost card (10041). */
  LOST_CARD,
  /** Stolen card (10043). */
  STOLEN_CARD,
  /** Expired card (10054). */
  EXPIRED_CARD,
  /** Wrong CVC2 (10084). */
  INVALID_CVC2,
  /** Not permitted to the cardholder (10057). */
  NOT_PERMITTED_TO_CARDHOLDER,
  /** Not permitted to the terminal (10058). */
  NOT_PERMITTED_TO_TERMINAL,
  /** Suspected fraud (10034). */
  FRAUD_SUSPECT,
  /** Restricted by law (10093). */
  RESTRICTED_BY_LAW,
  /** The platform's own "unknown" group (10200), or a group this SDK does not know. */
  UNKNOWN;

  /**
   * @param value a wire value, may be null
   * @return the matching group, or {@link #UNKNOWN}
   */
  public static PaymentErrorGroup fromWire(String value) {
    if (value == null) {
      return UNKNOWN;
    }
    try {
      return valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      return UNKNOWN;
    }
  }
}
