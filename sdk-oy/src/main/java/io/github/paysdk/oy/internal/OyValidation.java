package io.github.paysdk.oy.internal;

import io.github.paysdk.core.error.ValidationException;
import io.github.paysdk.core.validation.Validate;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Field rules OY documents and several requests share. */
public final class OyValidation {
  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);
  private static final Pattern PARTNER_TX_ID = Pattern.compile("[A-Za-z0-9]+");

  private OyValidation() {}

  /**
   * @param value a bank code: three digits ({@code "014"}), a suffixed Syariah code ({@code "112S"}) or
   *     an e-wallet code ({@code "ovo"})
   * @param field the field name
   * @return the value
   */
  public static String bankCode(String value, String field) {
    Validate.required(value, field);
    Validate.check(isBankCode(value), field,
        "must be an OY bank code: 3 digits (e.g. \"014\") or an e-wallet code (e.g. \"ovo\")");
    return value;
  }

  /**
   * The whole value matches {@code [0-9]{3}[A-Za-z]?|[a-z_]{3,32}}, checked without a regex matcher.
   *
   * @param value a candidate bank code, not null
   * @return whether it is three digits with an optional letter, or 3 to 32 of a-z and '_'
   */
  static boolean isBankCode(String value) {
    int n = value.length();
    if ((n == 3 || n == 4) && isDigit(value.charAt(0)) && isDigit(value.charAt(1))
        && isDigit(value.charAt(2)) && (n == 3 || isAsciiLetter(value.charAt(3)))) {
      return true;
    }
    if (n < 3 || n > 32) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if ((c < 'a' || c > 'z') && c != '_') {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  /**
   * @param value a required text field
   * @param max its documented maximum length
   * @param field the field name
   * @return the value
   */
  public static String requiredText(String value, int max, String field) {
    Validate.notBlank(value, field);
    return Validate.maxLength(value, max, field);
  }

  /**
   * @param value an id that goes into the URL path: required, no '/', '?' or '#'
   * @param max its documented maximum length
   * @param field the field name
   * @return the value
   */
  public static String pathId(String value, int max, String field) {
    requiredText(value, max, field);
    Validate.check(value.indexOf('/') < 0 && value.indexOf('?') < 0 && value.indexOf('#') < 0,
        field, "must not contain '/', '?' or '#'");
    return value;
  }

  /**
   * @param value an account number, digits only, at most 255
   * @param field the field name
   * @return the value
   */
  public static String accountNumber(String value, String field) {
    Validate.digits(value, field);
    return Validate.maxLength(value, 255, field);
  }

  /**
   * @param value an IDR amount that OY accepts only as a whole number
   * @param min the documented minimum
   * @param field the field name
   * @return the value as a long
   */
  public static long wholeRupiah(BigDecimal value, long min, String field) {
    Validate.required(value, field);
    // A scale of 0 or below is already whole: only a positive scale needs the stripping copy.
    Validate.check(value.scale() <= 0 || value.stripTrailingZeros().scale() <= 0, field,
        "must be a whole number of rupiah");
    if (value.compareTo(BigDecimal.valueOf(min)) < 0) {
      throw new ValidationException(field, "must be at least " + min); // built only when it fails
    }
    Validate.check(value.compareTo(LONG_MAX) <= 0, field, "is too large");
    return value.longValueExact();
  }

  /**
   * @param value a payment-link partner id: letters and digits only
   * @param field the field name
   * @return the value (null stays null)
   */
  public static String alphanumeric(String value, String field) {
    if (value == null) {
      return null;
    }
    Validate.matches(value, PARTNER_TX_ID, "must contain only letters and digits", field);
    return Validate.maxLength(value, 255, field);
  }

  /**
   * @param value an email list, may be null
   * @param separator the separator regex ({@code "\\s+"} or {@code ";"})
   * @param max the most addresses allowed
   * @param field the field name
   * @return the value
   */
  public static String emails(String value, String separator, int max, String field) {
    if (value == null) {
      return null;
    }
    String[] parts = value.trim().split(separator);
    Validate.check(parts.length <= max, field, "must hold at most " + max + " email addresses");
    for (String part : parts) {
      Validate.check(part.trim().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"), field,
          "must hold valid email addresses");
    }
    return Validate.maxLength(value, 255, field);
  }
}
