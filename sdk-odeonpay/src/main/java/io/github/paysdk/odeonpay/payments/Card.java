package io.github.paysdk.odeonpay.payments;

import io.github.paysdk.core.logging.Redactor;
import io.github.paysdk.core.validation.CardValidation;

/**
 * Card data for a charge. Validated on creation: the number must pass the Luhn check, the CVV must be 3 or
 * 4 digits and the card must not have expired. {@link #toString()} shows the first six and last four
 * digits only, never the CVV.
 *
 * @param pan the card number, digits only
 * @param cvv the security code
 * @param expiryMonth the expiry month, 1-12
 * @param expiryYear the four-digit expiry year
 */
public record Card(String pan, String cvv, int expiryMonth, int expiryYear) {
  /** Validates the card; see the type's description. */
  public Card {
    CardValidation.cardNumber(pan, "card.pan");
    CardValidation.securityCode(cvv, "card.cvv");
    // A card is valid through its expiry month; judge by the last zone on earth to enter a new month.
    CardValidation.notExpired(expiryMonth, expiryYear, LastZoneMonth.now(), "card.expiry");
  }

  /**
   * @param pan the card number, digits only
   * @param cvv the security code
   * @param expiryMonth the expiry month, 1-12
   * @param expiryYear the four-digit expiry year
   * @return the validated card
   */
  public static Card of(String pan, String cvv, int expiryMonth, int expiryYear) {
    return new Card(pan, cvv, expiryMonth, expiryYear);
  }

  /** @return the card number with all but the first six and last four digits masked */
  public String maskedPan() {
    return Redactor.maskCardNumber(pan);
  }

  @Override
  public String toString() {
    return "Card{pan=" + maskedPan() + ", cvv=***, expiry=" + expiryMonth + "/" + expiryYear + "}";
  }
}
