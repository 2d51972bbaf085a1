package io.github.paysdk.odero.internal;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/** Formats query values the way the platform reads them. */
public final class OderoQuery {
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT);

  private OderoQuery() {}

  /**
   * @param value a date-time, may be null
   * @return it as {@code yyyy-MM-dd'T'HH:mm:ss}, or null
   */
  public static String dateTime(LocalDateTime value) {
    return value == null ? null : DATE_TIME.format(value);
  }

  /**
   * @param values values, may be null
   * @return them comma-joined, or null if there are none
   */
  public static String joined(Collection<?> values) {
    if (values == null || values.isEmpty()) {
      return null;
    }
    return values.stream().map(String::valueOf).collect(Collectors.joining(","));
  }

  /**
   * @param value an amount, may be null
   * @return it without exponent, or null
   */
  public static String plain(java.math.BigDecimal value) {
    return value == null ? null : value.toPlainString();
  }

  /**
   * @param value an enum, may be null
   * @return its wire name, or null
   */
  public static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }
}
