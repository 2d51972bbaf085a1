package io.github.paysdk.core.validation;

import io.github.paysdk.core.error.ValidationException;
import java.time.YearMonth;

/**
 * Checks card data in request builders before anything is sent. Messages name the field and the rule,
 * never the card number or security code itself.
 */
public final class CardValidation {
  private CardValidation() {}

  /**
   * @param pan a card number (digits only, 12 to 19 of them)
   * @param field the field name
   * @return the card number
   * @throws ValidationException if blank, not 12-19 digits, or failing the Luhn check
   */
  public static String cardNumber(String pan, String field) {
    if (pan == null || pan.isBlank()) {
      throw new ValidationException(field, "is required");
    }
    int length = pan.length();
    for (int i = 0; i < length; i++) {
      char c = pan.charAt(i);
      if (c < '0' || c > '9') {
        throw new ValidationException(field, "must contain only digits 0-9");
      }
    }
    if (length < 12 || length > 19) {
      throw new ValidationException(field, "must have 12 to 19 digits");
    }
    if (!passesLuhn(pan)) {
      throw new ValidationException(field, "is not a valid card number (Luhn check failed)");
    }
    return pan;
  }

  /**
   * @param digits a string of digits 0-9
   * @return whether it passes the Luhn (mod 10) check
   */
  public static boolean passesLuhn(String digits) {
    int sum = 0;
    boolean doubled = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (d < 0 || d > 9) {
        return false;
      }
      if (doubled) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      doubled = !doubled;
    }
    return !digits.isEmpty() && sum % 10 == 0;
  }

  /**
   * @param cvv a card security code
   * @param field the field name
   * @return the code
   * @throws ValidationException if not 3 or 4 digits
   */
  public static String securityCode(String cvv, String field) {
    if (cvv == null || cvv.isBlank()) {
      throw new ValidationException(field, "is required");
    }
    if (!Digits.only(cvv, 3, 4)) {
      throw new ValidationException(field, "must be 3 or 4 digits");
    }
    return cvv;
  }

  /**
   * Requires an expiry month that has not ended yet (a card is valid through its expiry month).
   *
   * @param month the expiry month, 1-12
   * @param year the four-digit expiry year
   * @param current the current month, in the zone that matters to the caller
   * @param field the field name (e.g. {@code "card.expiry"})
   * @throws ValidationException if the month is out of range, the year is not four digits, or it has passed
   */
  public static void notExpired(int month, int year, YearMonth current, String field) {
    if (month < 1 || month > 12) {
      throw new ValidationException(field, "month must be between 1 and 12");
    }
    if (year < 1000 || year > 9999) {
      throw new ValidationException(field, "year must have four digits");
    }
    if (YearMonth.of(year, month).isBefore(current)) {
      throw new ValidationException(field, "is in the past");
    }
  }
}
