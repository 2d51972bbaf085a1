package io.github.paysdk.oy.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Every date format OY puts on the wire, parsed into {@link Instant}s. The deserializers read a value
 * in an undocumented format as null rather than failing the whole response. OY's strings carry no zone
 * (except the VA callback's), so each field says which zone it is in: account-inquiry and
 * disbursement/balance times are UTC; settlement times, payment-link and AR dates are WIB (UTC+7).
 */
public final class OyDates {
  /** Western Indonesia Time: UTC+7 all year (no daylight saving). */
  public static final ZoneOffset WIB = ZoneOffset.ofHours(7);

  private static final Pattern EPOCH = Pattern.compile("-?[0-9]+");
  private static final Pattern DATE_ONLY = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final Pattern DAY_FIRST_DASH =
      Pattern.compile("[0-9]{2}-[0-9]{2}-[0-9]{4} [0-9]{2}:[0-9]{2}:[0-9]{2}");
  private static final Pattern DAY_FIRST_SLASH = Pattern.compile("[0-9]{2}/[0-9]{2}/[0-9]{4}T.*");

  private static final DateTimeFormatter DAY_FIRST_DASH_FORMAT =
      strict("dd-MM-uuuu HH:mm:ss");
  private static final DateTimeFormatter DAY_FIRST_SLASH_FORMAT =
      strict("dd/MM/uuuu'T'HH:mm:ss[.SSS][xx][xxx][X]");
  private static final DateTimeFormatter ISO_FORMAT = new DateTimeFormatterBuilder()
      .appendPattern("uuuu-MM-dd'T'HH:mm:ss")
      .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
      .optionalStart().appendPattern("[xxx][xx][X]").optionalEnd()
      .toFormatter(Locale.ROOT)
      .withResolverStyle(ResolverStyle.STRICT);

  private static final DateTimeFormatter WIB_TEXT = strict("uuuu-MM-dd HH:mm:ss");

  private OyDates() {}

  /**
   * @param instant an instant, may be null
   * @return it as OY's request text {@code yyyy-MM-dd HH:mm:ss} in WIB, or null
   */
  public static String formatWib(Instant instant) {
    return instant == null ? null : WIB_TEXT.format(instant.atOffset(WIB));
  }

  private static DateTimeFormatter strict(String pattern) {
    return DateTimeFormatter.ofPattern(pattern, Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
  }

  /**
   * @param text a date or date-time in any of OY's formats, or epoch milliseconds
   * @param zone the zone of a value that carries no offset
   * @return the instant; null for null, blank, or an epoch value of 0 or below (OY's -1 "never")
   * @throws DateTimeParseException if it is in no known format
   */
  public static Instant parse(String text, ZoneOffset zone) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String value = text.trim();
    Instant plain = plainDateTime(value, zone);
    if (plain != null) {
      return plain;
    }
    if (EPOCH.matcher(value).matches()) {
      long millis = Long.parseLong(value);
      return millis <= 0 ? null : Instant.ofEpochMilli(millis);
    }
    if (DATE_ONLY.matcher(value).matches()) {
      return LocalDate.parse(value).atStartOfDay().toInstant(zone);
    }
    TemporalAccessor parsed;
    if (DAY_FIRST_DASH.matcher(value).matches()) {
      parsed = DAY_FIRST_DASH_FORMAT.parse(value);
    } else if (DAY_FIRST_SLASH.matcher(value).matches()) {
      parsed = DAY_FIRST_SLASH_FORMAT.parse(value);
    } else {
      if (value.length() > 10 && value.charAt(10) == ' ') {
        value = value.substring(0, 10) + 'T' + value.substring(11);
      }
      parsed = ISO_FORMAT.parse(value);
    }
    LocalDateTime local = LocalDateTime.from(parsed);
    ZoneOffset offset = parsed.isSupported(ChronoField.OFFSET_SECONDS)
        ? ZoneOffset.ofTotalSeconds(parsed.get(ChronoField.OFFSET_SECONDS))
        : zone;
    return local.toInstant(offset);
  }

  /**
   * The two layouts OY sends most, read without a regex or a formatter: {@code dd-MM-yyyy HH:mm:ss}
   * (disbursement, balance) and {@code yyyy-MM-dd HH:mm:ss} or {@code yyyy-MM-ddTHH:mm:ss} (no fraction,
   * no offset). A value in either layout matches no earlier branch of {@link #parse}, and the formatter
   * would read it as this does; anything else, an impossible date or time included, is null here and
   * goes through the formatters, which accept or reject it as before.
   */
  private static Instant plainDateTime(String value, ZoneOffset zone) {
    if (value.length() != 19 || value.charAt(13) != ':' || value.charAt(16) != ':') {
      return null;
    }
    int year;
    int month;
    int day;
    if (value.charAt(2) == '-' && value.charAt(5) == '-' && value.charAt(10) == ' ') {
      day = digits(value, 0, 2);
      month = digits(value, 3, 5);
      year = digits(value, 6, 10);
    } else if (value.charAt(4) == '-' && value.charAt(7) == '-'
        && (value.charAt(10) == ' ' || value.charAt(10) == 'T')) {
      year = digits(value, 0, 4);
      month = digits(value, 5, 7);
      day = digits(value, 8, 10);
    } else {
      return null;
    }
    int hour = digits(value, 11, 13);
    int minute = digits(value, 14, 16);
    int second = digits(value, 17, 19);
    if (year < 0 || month < 1 || month > 12 || day < 1
        || day > Month.of(month).length(Year.isLeap(year))
        || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
      return null;
    }
    return LocalDateTime.of(year, month, day, hour, minute, second).toInstant(zone);
  }

  /** @return the ASCII digits from {@code start} to {@code end} as a number, or -1 for a non-digit */
  private static int digits(String value, int start, int end) {
    int number = 0;
    for (int i = start; i < end; i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      number = number * 10 + (c - '0');
    }
    return number;
  }

  /**
   * @param text {@code yyyy-MM-dd} or epoch milliseconds
   * @return the calendar date in WIB; null for null or blank
   */
  public static LocalDate parseWibDate(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String value = text.trim();
    if (DATE_ONLY.matcher(value).matches()) {
      return LocalDate.parse(value);
    }
    Instant instant = parse(value, WIB);
    return instant == null ? null : instant.atOffset(WIB).toLocalDate();
  }

  private abstract static class Base<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;

    Base(Class<T> type) {
      super(type);
    }

    abstract T convert(String text);

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      JsonToken token = parser.currentToken();
      String text;
      if (token == JsonToken.VALUE_NUMBER_INT) {
        text = Long.toString(parser.getLongValue());
      } else if (token == JsonToken.VALUE_STRING) {
        text = parser.getText();
      } else if (token == JsonToken.VALUE_NULL) {
        return null;
      } else {
        return (T) context.handleUnexpectedToken(handledType(), parser);
      }
      try {
        return convert(text);
      } catch (DateTimeParseException | ArithmeticException e) {
        // A timestamp in a format OY has not documented must not make a payment's status unreadable.
        return null;
      }
    }
  }

  /** A timestamp without offset that OY documents as UTC (account inquiry, disbursement, balance). */
  public static final class Utc extends Base<Instant> {
    private static final long serialVersionUID = 1L;

    /** Creates the deserializer. */
    public Utc() {
      super(Instant.class);
    }

    @Override
    Instant convert(String text) {
      return parse(text, ZoneOffset.UTC);
    }
  }

  /** A timestamp without offset in WIB (payment link, AR, settlement times), or epoch milliseconds. */
  public static final class Wib extends Base<Instant> {
    private static final long serialVersionUID = 1L;

    /** Creates the deserializer. */
    public Wib() {
      super(Instant.class);
    }

    @Override
    Instant convert(String text) {
      return parse(text, WIB);
    }
  }

  /** A calendar date in WIB: {@code yyyy-MM-dd}, or epoch milliseconds of WIB midnight (AR). */
  public static final class WibDate extends Base<LocalDate> {
    private static final long serialVersionUID = 1L;

    /** Creates the deserializer. */
    public WibDate() {
      super(LocalDate.class);
    }

    @Override
    LocalDate convert(String text) {
      return parseWibDate(text);
    }
  }
}
