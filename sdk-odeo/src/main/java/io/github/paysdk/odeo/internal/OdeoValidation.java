package io.github.paysdk.odeo.internal;

import io.github.paysdk.core.error.ValidationException;
import io.github.paysdk.core.validation.Validate;

/**
 * Odeo-specific input rules. Reference ids and ids go into URL paths, where Odeo signs the raw text while
 * the wire carries it percent-encoded; keeping them to a safe set makes both the same.
 */
public final class OdeoValidation {
  private static final String SAFE_RULE = "must contain only letters, digits, '.', '_', '~' and '-'";

  private OdeoValidation() {}

  /**
   * @param value a reference id
   * @param field the field name
   * @return the value
   * @throws ValidationException if blank, outside {@code [A-Za-z0-9._~-]}, or only dots
   */
  public static String referenceId(String value, String field) {
    Validate.notBlank(value, field);
    Validate.check(isSafe(value), field, SAFE_RULE);
    Validate.check(!value.equals(".") && !value.equals(".."), field, "must not be '.' or '..'");
    return value;
  }

  /** {@code [A-Za-z0-9._~-]+} without a regex matcher: this runs on every disbursement. */
  private static boolean isSafe(String value) {
    if (value.isEmpty()) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '.' || c == '_' || c == '~' || c == '-';
      if (!safe) {
        return false;
      }
    }
    return true;
  }

  /**
   * @param value a numeric id as Odeo returns it (e.g. a disbursement id {@code "123"})
   * @param field the field name
   * @return the value
   * @throws ValidationException if blank or not only digits
   */
  public static String numericId(String value, String field) {
    return Validate.digits(value, field);
  }
}
