package io.github.paysdk.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateTimeDeserializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Jackson's {@link LocalDateTimeDeserializer} with a fast path for the plain ISO form
 * {@code yyyy-MM-ddTHH:mm[:ss[.fffffffff]]}: such a value is read straight from the parser's characters
 * into {@link LocalDateTime#of}, without the {@code DateTimeFormatter} machinery (a few hundred bytes of
 * maps and copies per value) and without a string. Anything else (other shapes, spaces, a zone, a
 * lower-case {@code t}, numbers, arrays, out-of-range fields) goes to Jackson's deserializer unchanged, so
 * values and errors are exactly Jackson's. A {@code @JsonFormat} on a property, or a configured format
 * override, turns the fast path off for it (Jackson's contextual deserializer is used).
 */
public final class IsoLocalDateTimeDeserializer extends LocalDateTimeDeserializer {
  private static final long serialVersionUID = 1L;
  private static final int[] NANO_SCALE = {
    0, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1
  };

  private IsoLocalDateTimeDeserializer() {
    super(LocalDateTimeDeserializer.INSTANCE, (Boolean) null);
  }

  /** @return a module that installs this deserializer; register it after the {@code JavaTimeModule} */
  public static SimpleModule module() {
    SimpleModule module = new SimpleModule("paysdk-iso-local-date-time");
    module.addDeserializer(LocalDateTime.class, new IsoLocalDateTimeDeserializer());
    return module;
  }

  @Override
  public LocalDateTime deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (_formatter == DateTimeFormatter.ISO_LOCAL_DATE_TIME
        && p.currentToken() == JsonToken.VALUE_STRING) {
      LocalDateTime fast = parse(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
      if (fast != null) {
        return fast;
      }
    }
    return super.deserialize(p, ctxt);
  }

  /**
   * @return the date-time, or null if the text is not exactly {@code yyyy-MM-ddTHH:mm[:ss[.f{1,9}]]} with
   *     valid fields (the caller then lets Jackson parse it, and report it)
   */
  static LocalDateTime parse(char[] text, int offset, int length) {
    if (length != 16 && length < 19 || length == 20 || length > 29) {
      return null;
    }
    int at = offset;
    int year = digits(text, at, 4);
    int month = digits(text, at + 5, 2);
    int day = digits(text, at + 8, 2);
    int hour = digits(text, at + 11, 2);
    int minute = digits(text, at + 14, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || text[at + 4] != '-'
        || text[at + 7] != '-' || text[at + 10] != 'T' || text[at + 13] != ':') {
      return null;
    }
    int second = 0;
    int nano = 0;
    if (length > 16) {
      second = digits(text, at + 17, 2);
      if (second < 0 || text[at + 16] != ':') {
        return null;
      }
      if (length > 19) {
        int fraction = length - 20;
        nano = digits(text, at + 20, fraction);
        if (nano < 0 || text[at + 19] != '.') {
          return null;
        }
        nano *= NANO_SCALE[fraction];
      }
    }
    try {
      return LocalDateTime.of(year, month, day, hour, minute, second, nano);
    } catch (DateTimeException outOfRange) {
      return null;
    }
  }

  /** @return the value of {@code count} ASCII digits at {@code at}, or -1 if any is not one */
  private static int digits(char[] text, int at, int count) {
    int value = 0;
    for (int i = at; i < at + count; i++) {
      char c = text[i];
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
