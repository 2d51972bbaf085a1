package io.github.paysdk.odero.internal;

import io.github.paysdk.core.error.ValidationException;
import io.github.paysdk.core.validation.Digits;
import io.github.paysdk.core.validation.Validate;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/** The platform's input rules, shared by the request builders. */
public final class OderoRules {
  /** The installment counts the platform accepts. */
  public static final Set<Integer> INSTALLMENTS = Set.of(1, 2, 3, 6, 9, 12);

  private OderoRules() {}

  /**
   * @param value an installment count, may be null
   * @param field the field name
   * @return the value
   * @throws ValidationException if set and not 1, 2, 3, 6, 9 or 12
   */
  public static Integer installment(Integer value, String field) {
    if (value != null && !INSTALLMENTS.contains(value)) {
      throw new ValidationException(field, "must be one of 1, 2, 3, 6, 9, 12");
    }
    return value;
  }

  /**
   * @param value an amount, may be null
   * @param field the field name
   * @return the value
   * @throws ValidationException if set and negative
   */
  public static BigDecimal notNegative(BigDecimal value, String field) {
    if (value != null && value.signum() < 0) {
      throw new ValidationException(field, "must not be negative");
    }
    return value;
  }

  /**
   * @param value an enum value
   * @param field the field name
   * @param <E> the enum
   * @return the value
   * @throws ValidationException if null or UNKNOWN
   */
  public static <E extends Enum<E>> E known(E value, String field) {
    Validate.required(value, field);
    return knownOrNull(value, field);
  }

  /**
   * @param value an enum value, may be null
   * @param field the field name
   * @param <E> the enum
   * @return the value
   * @throws ValidationException if UNKNOWN
   */
  public static <E extends Enum<E>> E knownOrNull(E value, String field) {
    if (value != null && value.name().equals("UNKNOWN")) {
      throw new ValidationException(field, "must be a known value, not UNKNOWN");
    }
    return value;
  }

  /**
   * @param value a BIN, may be null
   * @param field the field name
   * @return the value
   * @throws ValidationException if set and not 6 to 8 digits
   */
  public static String bin(String value, String field) {
    if (value != null && !Digits.only(value, 6, 8)) {
      throw new ValidationException(field, "must be 6 to 8 digits");
    }
    return value;
  }

  /**
   * @param value last four digits, may be null
   * @param field the field name
   * @return the value
   * @throws ValidationException if set and not 4 digits
   */
  public static String lastFour(String value, String field) {
    if (value != null && !Digits.only(value, 4, 4)) {
      throw new ValidationException(field, "must be 4 digits");
    }
    return value;
  }

  /**
   * @param value a callback URL
   * @param field the field name
   * @return the value
   * @throws ValidationException if missing or not an absolute http(s) URL
   */
  public static String callbackUrl(String value, String field) {
    Validate.notBlank(value, field);
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return value;
      }
    } catch (URISyntaxException invalid) {
      // reported below
    }
    throw new ValidationException(field, "must be an absolute http or https URL");
  }
}
