package io.github.paysdk.oy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link OyDates#parse} reads {@code dd-MM-yyyy HH:mm:ss} and {@code yyyy-MM-dd[ T]HH:mm:ss} without a
 * formatter; for every value it must give what the formatter-only parse gave (kept below as the
 * reference): the same instant, or the same exception with the same message.
 */
class OyDatesPlainLayoutTest {
  @Test
  void plainLayoutsReadExactlyAsTheFormattersReadThem() {
    List<String> values = new ArrayList<>();
    String[] days = {"00", "01", "09", "28", "29", "30", "31", "32", "99", "1a", "\u0661\u0662"};
    String[] months = {"00", "01", "02", "04", "12", "13", "a1"};
    String[] years = {"0000", "0001", "1900", "2000", "2019", "2020", "2023", "9999", "20a0"};
    String[] times = {"00:00:00", "10:23:42", "23:59:59", "24:00:00", "23:60:00", "23:59:60",
        "1a:00:00", "00-00-00", "00:00:0\u0663"};
    for (String y : years) {
      for (String m : months) {
        for (String d : days) {
          for (String t : times) {
            values.add(d + "-" + m + "-" + y + " " + t);
            values.add(y + "-" + m + "-" + d + " " + t);
            values.add(y + "-" + m + "-" + d + "T" + t);
          }
        }
      }
    }
    values.addAll(List.of("16-10-2019 10:23:42", " 16-10-2019 10:23:42 ", "16-10-2019T10:23:42",
        "16/10/2019 10:23:42", "2019-10-16 10:23:42", "2019-10-16_10:23:42", "2019-10-16T10:23:42Z",
        "2019-10-16T10:23:42.5", "2019-10-16T10:23:4", "+2019-10-16T10:23:42", "2019-10-16",
        "1582783668175", "-1", "0000000000000000000", "16-10-2019 10:23:42+07:00", "yesterday"));

    for (String value : values) {
      for (ZoneOffset zone : new ZoneOffset[] {ZoneOffset.UTC, OyDates.WIB}) {
        assertThat(outcome(() -> OyDates.parse(value, zone)))
            .as("%s in %s", value, zone)
            .isEqualTo(outcome(() -> Reference.parse(value, zone)));
      }
    }
  }

  private static Object outcome(java.util.function.Supplier<Instant> parse) {
    try {
      return parse.get();
    } catch (RuntimeException e) {
      return List.of(e.getClass(), String.valueOf(e.getMessage()));
    }
  }

  /** {@code OyDates.parse} as it was before the plain layouts were read by hand. */
  private static final class Reference {
    private static final Pattern EPOCH = Pattern.compile("-?[0-9]+");
    private static final Pattern DATE_ONLY = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern DAY_FIRST_DASH =
        Pattern.compile("[0-9]{2}-[0-9]{2}-[0-9]{4} [0-9]{2}:[0-9]{2}:[0-9]{2}");
    private static final Pattern DAY_FIRST_SLASH = Pattern.compile("[0-9]{2}/[0-9]{2}/[0-9]{4}T.*");
    private static final DateTimeFormatter DAY_FIRST_DASH_FORMAT = strict("dd-MM-uuuu HH:mm:ss");
    private static final DateTimeFormatter DAY_FIRST_SLASH_FORMAT =
        strict("dd/MM/uuuu'T'HH:mm:ss[.SSS][xx][xxx][X]");
    private static final DateTimeFormatter ISO_FORMAT = new DateTimeFormatterBuilder()
        .appendPattern("uuuu-MM-dd'T'HH:mm:ss")
        .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
        .optionalStart().appendPattern("[xxx][xx][X]").optionalEnd()
        .toFormatter(Locale.ROOT)
        .withResolverStyle(ResolverStyle.STRICT);

    private static DateTimeFormatter strict(String pattern) {
      return DateTimeFormatter.ofPattern(pattern, Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT);
    }

    static Instant parse(String text, ZoneOffset zone) {
      if (text == null || text.isBlank()) {
        return null;
      }
      String value = text.trim();
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
  }
}
