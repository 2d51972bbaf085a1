package io.github.paysdk.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** The fast path reads exactly what Jackson reads, and everything else is Jackson's, errors included. */
class IsoLocalDateTimeDeserializerTest {
  private final ObjectMapper standard = JsonMappers.create();
  private final ObjectMapper fast =
      JsonMappers.builder().addModule(IsoLocalDateTimeDeserializer.module()).build();

  record When(LocalDateTime at) {}

  record Formatted(@JsonFormat(pattern = "dd.MM.yyyy HH:mm") LocalDateTime at) {}

  /** @return the value read, or the exception's class and message */
  private static String outcome(ObjectMapper mapper, String json, Class<?> type) {
    try {
      return Objects.toString(mapper.readValue(json, type));
    } catch (Exception e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }

  @Test
  void readsEveryValueAndRejectsEveryValueAsJacksonDoes() {
    List<String> values = List.of(
        "\"2024-03-10T10:51:39\"", "\"2024-03-10T10:51:39.123\"", "\"2024-03-10T10:51\"",
        "\"2024-03-10T10:51:39.1\"", "\"2024-03-10T10:51:39.123456789\"", "\"2024-03-10T10:51:39.1234567891\"",
        "\"2024-03-10T10:51:39.\"", "\"2024-03-10T10:51:3\"", "\"2024-03-10T10:5\"", "\"0000-01-01T00:00:00\"",
        "\"9999-12-31T23:59:59.999999999\"", "\"2024-02-29T12:00:00\"", "\"2023-02-29T12:00:00\"",
        "\"2024-04-31T12:00:00\"", "\"2024-13-01T12:00:00\"", "\"2024-00-01T12:00:00\"", "\"2024-01-00T12:00\"",
        "\"2024-01-01T24:00:00\"", "\"2024-01-01T23:60:00\"", "\"2024-01-01T23:59:60\"",
        "\"2024-03-10t10:51:39\"", "\"2024-03-10 10:51:39\"", "\" 2024-03-10T10:51:39\"", "\"2024-03-10T10:51:39 \"",
        "\"2024-03-10T10:51:39Z\"", "\"2024-03-10T10:51:39.123Z\"", "\"2024-03-10T10:51:39+02:00\"",
        "\"2024-03-10\"", "\"+2024-03-10T10:51:39\"", "\"-2024-03-10T10:51:39\"", "\"12024-03-10T10:51:39\"",
        "\"2024-3-10T10:51:39\"", "\"2024/03/10T10:51:39\"", "\"2024-03-10T10-51-39\"", "\"2024-03-10T10:51:39,123\"",
        "\"２０２４-03-10T10:51:39\"", "\"2024-03-10T10:51:39.12a\"", "\"\"", "\"   \"", "null",
        "[2024,3,10,10,51,39]", "[\"2024-03-10T10:51:39\"]", "1710067899000", "{}", "true", "\"x\"",
        "\"2024-03-10T10:51:39\\u002e5\"");
    for (String value : values) {
      String json = "{\"at\":" + value + "}";
      assertThat(outcome(fast, json, When.class)).as(value).isEqualTo(outcome(standard, json, When.class));
    }
  }

  @Test
  void theCommonFormsReadTheExpectedValues() throws Exception {
    assertThat(fast.readValue("{\"at\":\"2024-03-10T11:02:05.123\"}", When.class).at())
        .isEqualTo(LocalDateTime.of(2024, 3, 10, 11, 2, 5, 123_000_000));
    assertThat(fast.readValue("{\"at\":\"2024-03-10T10:51\"}", When.class).at())
        .isEqualTo(LocalDateTime.of(2024, 3, 10, 10, 51));
  }

  @Test
  void aFormatOnThePropertyIsStillHonoured() throws Exception {
    String json = "{\"at\":\"10.03.2024 10:51\"}";
    assertThat(fast.readValue(json, Formatted.class)).isEqualTo(standard.readValue(json, Formatted.class));
    String iso = "{\"at\":\"2024-03-10T10:51:39\"}";
    assertThat(outcome(fast, iso, Formatted.class)).isEqualTo(outcome(standard, iso, Formatted.class));
  }

  @Test
  void theFastDeserializerIsTheOneInUse() throws Exception {
    DefaultDeserializationContext context = ((DefaultDeserializationContext) fast.getDeserializationContext())
        .createInstance(fast.getDeserializationConfig(), fast.createParser("{}"), null);
    assertThat(context.findRootValueDeserializer(fast.constructType(LocalDateTime.class)))
        .isInstanceOf(IsoLocalDateTimeDeserializer.class);
    assertThat(IsoLocalDateTimeDeserializer.parse("x2024-03-10T10:51:39y".toCharArray(), 1, 19))
        .isEqualTo(LocalDateTime.of(2024, 3, 10, 10, 51, 39));
  }

  @Test
  void writingIsUnchanged() throws Exception {
    When when = new When(LocalDateTime.of(2024, 3, 10, 10, 51, 39, 120_000_000));
    assertThat(fast.writeValueAsString(when)).isEqualTo(standard.writeValueAsString(when));
  }
}
