package io.github.paysdk.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import io.github.paysdk.core.error.MalformedPayloadException;
import io.github.paysdk.core.error.MalformedResponseException;
import io.github.paysdk.core.http.ApiRequest;
import io.github.paysdk.core.http.ApiResponse;
import io.github.paysdk.core.http.HttpMethod;
import io.github.paysdk.core.retry.RetryMode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

class JsonCodecTest {
  enum Status {
    PAID,
    @JsonEnumDefaultValue
    UNKNOWN
  }

  record Item(String id, BigDecimal amount, Status status, LocalDate date) {}

  private final JsonCodec codec = JsonCodec.standard();

  private static ApiResponse response(RetryMode mode, int status, String body) {
    ApiRequest request = ApiRequest.builder(HttpMethod.POST, "/x").retryMode(mode).lookupKey("ref-1").build();
    return new ApiResponse(request, status, Headers.of(), body.getBytes(StandardCharsets.UTF_8), "rid");
  }

  @Test
  void hasFieldFindsOnlyNonNullTopLevelFields() {
    byte[] json = "{\"a\":{\"error_code\":1},\"b\":[1,{\"c\":2}],\"n\":null,\"error_code\":400}"
        .getBytes(StandardCharsets.UTF_8);

    assertThat(codec.hasField(json, "error_code")).isTrue();
    assertThat(codec.hasField(json, "b")).isTrue();
    assertThat(codec.hasField(json, "c")).isFalse();
    assertThat(codec.hasField(json, "n")).isFalse();
    assertThat(codec.hasField(json, "missing")).isFalse();
  }

  @Test
  void firstMissingFieldNamesTheFirstAbsentOrNullOneInOnePass() {
    byte[] json = "{\"a\":1,\"b\":null,\"c\":{\"d\":1}}".getBytes(StandardCharsets.UTF_8);

    assertThat(codec.firstMissingField(json, "a", "c")).isNull();
    assertThat(codec.firstMissingField(json, "a", "b", "d")).isEqualTo("b");
    assertThat(codec.firstMissingField(json, "d")).isEqualTo("d");
    assertThat(codec.firstMissingField("[]".getBytes(StandardCharsets.UTF_8), "a")).isEqualTo("a");
  }

  @Test
  void hasFieldFindsANameWrittenWithEscapes() {
    byte[] escaped = "{\"error\\u005fcode\":1}".getBytes(StandardCharsets.UTF_8);
    byte[] unescapedElsewhere = "{\"a\":\"x\\\"y\",\"error_code\":1}".getBytes(StandardCharsets.UTF_8);

    assertThat(codec.hasField(escaped, "error_code")).isTrue();
    assertThat(codec.hasField(unescapedElsewhere, "error_code")).isTrue();
    assertThat(codec.hasField("{\"error_codes\":1}".getBytes(StandardCharsets.UTF_8), "error_code"))
        .isFalse();
  }

  @Test
  void hasFieldHandlesANamePrefixAtTheEndOfTheBody() {
    assertThat(codec.hasField("{\"a\":\"error_cod\"}".getBytes(StandardCharsets.UTF_8), "error_code"))
        .isFalse();
    assertThat(codec.hasField("{\"a\":1,\"error_code\":2}".getBytes(StandardCharsets.UTF_8),
        "error_code")).isTrue();
    assertThat(codec.hasField("{}".getBytes(StandardCharsets.UTF_8), "error_code")).isFalse();
  }

  record Order(String id, Integer status, Item item) {}

  @Test
  void readWithRequiredFieldsChecksTopLevelFieldsInTheSameParse() {
    Order order = codec.read(response(RetryMode.READ, 200,
        "{\"id\":\"o-1\",\"status\":2,\"item\":{\"id\":\"i\",\"status\":null}}"), Order.class,
        "id", "status", "item");
    assertThat(order.id()).isEqualTo("o-1");
    assertThat(order.item().id()).isEqualTo("i");

    assertThatThrownBy(() -> codec.read(response(RetryMode.READ, 200,
        "{\"id\":\"o-1\",\"status\":null,\"item\":{\"status\":\"paid\"}}"), Order.class, "id", "status"))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessage("Response has no status (HTTP 200)");
    assertThatThrownBy(() -> codec.read(response(RetryMode.READ, 200,
        "{\"item\":{\"id\":\"nested only\"}}"), Order.class, "id"))
        .hasMessage("Response has no id (HTTP 200)");
    assertThatThrownBy(() -> codec.read(response(RetryMode.READ, 200, "{\"id\":[1,2]}"), Order.class,
        "id"))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageStartingWith("Response body is not a valid Order");
    assertThatThrownBy(() -> codec.read(response(RetryMode.READ, 200, "null"), Order.class, "id"))
        .hasMessageStartingWith("Response body is JSON null");
  }

  @Test
  void readWithRequiredFieldsSeesFieldsTheModelDoesNotHave() {
    Order order = codec.read(response(RetryMode.READ, 200, "{\"id\":\"o\",\"extra\":{\"a\":[1]}}"),
        Order.class, "extra", "id");
    assertThat(order.id()).isEqualTo("o");
    assertThatThrownBy(() -> codec.read(response(RetryMode.READ, 200, "{\"id\":\"o\",\"extra\":null}"),
        Order.class, "extra"))
        .hasMessage("Response has no extra (HTTP 200)");
  }

  @Test
  void hasFieldIsFalseForAnythingButAJsonObject() {
    assertThat(codec.hasField(new byte[0], "a")).isFalse();
    assertThat(codec.hasField("[{\"a\":1}]".getBytes(StandardCharsets.UTF_8), "a")).isFalse();
    assertThat(codec.hasField("<html>a</html>".getBytes(StandardCharsets.UTF_8), "a")).isFalse();
    assertThat(codec.hasField("{\"x\":1,\"a\"".getBytes(StandardCharsets.UTF_8), "b")).isFalse();
  }

  @Test
  void readsRecordsIgnoringUnknownFieldsWithLenientEnumsAndExactMoney() {
    Item item = codec.read(response(RetryMode.READ, 200,
        "{\"id\":\"a\",\"amount\":10000.10,\"status\":\"paid\",\"date\":\"2026-11-21\",\"extra\":1}"),
        Item.class);
    assertThat(item).isEqualTo(new Item("a", new BigDecimal("10000.10"), Status.PAID, LocalDate.of(2026, 11, 21)));
    Item unknown = codec.read(response(RetryMode.READ, 200, "{\"status\":\"REVERSED_LATER\"}"), Item.class);
    assertThat(unknown.status()).isEqualTo(Status.UNKNOWN);
  }

  @Test
  void writesBigDecimalPlainWithoutExponentAndOmitsNulls() {
    String json = new String(codec.toBytes(new Item("a", new BigDecimal("1E+3"), null, null)),
        StandardCharsets.UTF_8);
    assertThat(json).isEqualTo("{\"id\":\"a\",\"amount\":1000}");
  }

  @Test
  void numbersTooLargeForBigDecimalAreMalformedNotRawNumberFormatExceptions() {
    // Found by the reliability fuzz suite: Jackson throws a plain NumberFormatException for these.
    for (String body : new String[] {"11E11111111111", "{\"amount\":11E11111111111}", "[1e-99999999999]"}) {
      assertThatThrownBy(() -> codec.read(response(RetryMode.READ, 200, body), Item.class))
          .isInstanceOf(MalformedResponseException.class);
      assertThatThrownBy(() -> codec.readTree(response(RetryMode.READ, 200, body)))
          .isInstanceOf(MalformedResponseException.class);
      assertThatThrownBy(() -> codec.readPayload(body.getBytes(StandardCharsets.UTF_8), Item.class))
          .isInstanceOf(MalformedPayloadException.class);
      // Providers that read with the mapper directly catch IOException: it must be one.
      assertThatThrownBy(() -> JsonMappers.create().readTree(body.getBytes(StandardCharsets.UTF_8)))
          .isInstanceOf(java.io.IOException.class);
      assertThatThrownBy(() -> JsonMappers.create().readValue(body, Item.class))
          .isInstanceOf(java.io.IOException.class);
    }
  }

  @Test
  void copiedMappersKeepTheNumberSafeParsers() {
    assertThatThrownBy(() -> JsonMappers.create().copy().readTree("11E11111111111"))
        .isInstanceOf(java.io.IOException.class);
    assertThatThrownBy(() -> JsonMappers.builder().build().rebuild().build().readTree("11E11111111111"))
        .isInstanceOf(java.io.IOException.class);
  }

  @Test
  void malformedTruncatedOrEmptyBodiesAreTypedAndOutcomeUnknownForMoneyCalls() {
    for (String body : new String[] {"{\"id\":", "<html>502</html>", "", "null"}) {
      assertThatThrownBy(() -> codec.read(response(RetryMode.NON_IDEMPOTENT, 200, body), Item.class))
          .isInstanceOfSatisfying(MalformedResponseException.class, e -> {
            assertThat(e.httpStatus()).isEqualTo(200);
            assertThat(e.requestId()).isEqualTo("rid");
            assertThat(e.isOutcomeUnknown()).isTrue();
            assertThat(e.lookupKey()).isEqualTo("ref-1");
          });
    }
    assertThatThrownBy(() -> codec.read(response(RetryMode.READ, 200, "[1,"), Item.class))
        .isInstanceOfSatisfying(MalformedResponseException.class,
            e -> assertThat(e.isOutcomeUnknown()).isFalse());
  }

  @Test
  void decimalsKeepTheirScaleThroughTreesAndTrailingCommasAreTolerated() {
    com.fasterxml.jackson.databind.JsonNode tree =
        codec.readTree(response(RetryMode.READ, 200, "{\"amount\":2000.0000,\"status\":\"PAID\",}"));
    Item item = codec.convert(response(RetryMode.READ, 200, "{}"), tree, Item.class);
    assertThat(item.amount()).isEqualTo(new BigDecimal("2000.0000"));
    assertThat(item.amount().toPlainString()).isEqualTo("2000.0000");
  }

  @Test
  void wrongShapeIsTypedToo() {
    assertThatThrownBy(() -> codec.read(response(RetryMode.READ, 200, "{\"amount\":{\"x\":1}}"), Item.class))
        .isInstanceOf(MalformedResponseException.class);
  }

  @Test
  void payloadsFailWithMalformedPayloadException() {
    assertThatThrownBy(() -> codec.readPayload("{".getBytes(StandardCharsets.UTF_8), Item.class))
        .isInstanceOf(MalformedPayloadException.class)
        .hasMessage("Payload is not a valid Item");
    assertThatThrownBy(() -> codec.readPayload(new byte[0], Item.class))
        .isInstanceOf(MalformedPayloadException.class);
  }
}
