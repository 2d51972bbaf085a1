package io.github.paysdk.core.validation;

import io.github.paysdk.core.error.ValidationException;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.regex.Pattern;

/**
 * Checks request fields in builders. Each method throws {@link ValidationException} naming the field and
 * the rule, and returns the value so checks read as assignments.
 */
public final class Validate {

  private Validate() {}

  /**
   * @param value the value
   * @param field the field name
   * @param <T> the type
   * @return the value
   * @throws ValidationException if null
   */
  public static <T> T required(T value, String field) {
    if (value == null) {
      throw new ValidationException(field, "is required");
    }
    return value;
  }

  /**
   * @param value the value
   * @param field the field name
   * @return the value
   * @throws ValidationException if null, empty or only white space
   */
  public static String notBlank(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new ValidationException(field, "must not be blank");
    }
    return value;
  }

  /**
   * @param value the value
   * @param field the field name
   * @return the value
   * @throws ValidationException if null or empty
   */
  public static <C extends Collection<?>> C notEmpty(C value, String field) {
    if (value == null || value.isEmpty()) {
      throw new ValidationException(field, "must not be empty");
    }
    return value;
  }

  /**
   * @param value the value
   * @param field the field name
   * @return the value
   * @throws ValidationException if null or not greater than zero
   */
  public static BigDecimal positive(BigDecimal value, String field) {
    required(value, field);
    if (value.signum() <= 0) {
      throw new ValidationException(field, "must be greater than 0");
    }
    return value;
  }

  /**
   * @param value the value
   * @param field the field name
   * @return the value
   * @throws ValidationException if not greater than zero
   */
  public static long positive(long value, String field) {
    if (value <= 0) {
      throw new ValidationException(field, "must be greater than 0");
    }
    return value;
  }

  /**
   * @param value the value
   * @param field the field name
   * @return the value
   * @throws ValidationException if blank or not only the digits 0-9
   */
  public static String digits(String value, String field) {
    notBlank(value, field);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        throw new ValidationException(field, "must contain only digits 0-9");
      }
    }
    return value;
  }

  /**
   * @param value the value, may be null
   * @param max the longest allowed length
   * @param field the field name
   * @return the value
   * @throws ValidationException if longer than {@code max}
   */
  public static String maxLength(String value, int max, String field) {
    if (value != null && value.length() > max) {
      throw new ValidationException(field, "must be at most " + max + " characters");
    }
    return value;
  }

  /**
   * @param value the value
   * @param pattern the whole value must match it
   * @param rule the rule in words, e.g. "must contain only letters, digits, '-' and '_'"
   * @param field the field name
   * @return the value
   * @throws ValidationException if null or not matching
   */
  public static String matches(String value, Pattern pattern, String rule, String field) {
    required(value, field);
    if (!pattern.matcher(value).matches()) {
      throw new ValidationException(field, rule);
    }
    return value;
  }

  /**
   * @param condition the rule holds
   * @param field the field name
   * @param rule the rule in words
   * @throws ValidationException if the condition is false
   */
  public static void check(boolean condition, String field, String rule) {
    if (!condition) {
      throw new ValidationException(field, rule);
    }
  }

  /**
   * Requires exactly one of two alternatives (e.g. an id or a reference id).
   *
   * @param a the first, may be null
   * @param fieldA its name
   * @param b the second, may be null
   * @param fieldB its name
   * @throws ValidationException if both or neither are given
   */
  public static void exactlyOne(Object a, String fieldA, Object b, String fieldB) {
    boolean hasA = a != null && !(a instanceof String s && s.isBlank());
    boolean hasB = b != null && !(b instanceof String s && s.isBlank());
    if (hasA == hasB) {
      throw new ValidationException(
          fieldA + "/" + fieldB, hasA ? "give only one of them, not both" : "one of them is required");
    }
  }
}
