package io.github.paysdk.odeonpay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.paysdk.odeonpay.error.RequestRejectedException;
import io.github.paysdk.odeonpay.internal.Envelope;
import io.github.paysdk.odeonpay.internal.OdeonPayJson;
import io.github.paysdk.odeonpay.payments.Card;
import io.github.paysdk.odeonpay.payments.ChargeRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A 2xx rejection ({@code success:false} without a payload) is told apart in the same parse that reads
 * the envelope into its model. Pins that every kind of call decides exactly as the error mapper's separate
 * scan and envelope parse did before ({@link #rejectedBeforeWith}, kept here as the reference): the same
 * bodies are rejections, with the same message, and every other answer is left to the service as before.
 */
class RejectionInOneParseTest extends OdeonPayServerTest {
  private static final ChargeRequest CHARGE = ChargeRequest.builder()
      .amount("40.11").currency("EUR").name("John Doe").description("Payment").ip("10.0.0.1")
      .invoiceId("inv-1").card(Card.of("4242424242424242", "123", 12, 2049)).build();

  /** Each way an answer is parsed: typed transaction envelope, typed list, tree envelope. */
  private static final Map<String, Consumer<OdeonPayClient>> CALLS = Map.of(
      "charge", client -> client.payments().charge(CHARGE),
      "status", client -> client.payments().status(144221),
      "statusByInvoice", client -> client.payments().statusByInvoice("inv-1"),
      "list", client -> client.payments().list(LocalDate.of(2024, 1, 2)),
      "balance", client -> client.payments().balance(),
      "refund", client -> client.payments().refund(524),
      "test", OdeonPayClient::test);

  private static final List<String> BODIES = List.of(
      "{\"success\":false,\"message\":\"Invalid Amount value\"}",
      "{\"Success\":false,\"Message\":\"Capitalised\"}",
      "{\"SUCCESS\":false,\"MESSAGE\":\"Shouting\"}",
      "{\"success\":false,\"message\":\"null model\",\"model\":null}",
      "{\"success\":false,\"message\":\"all null\",\"model\":null,\"transactions\":null,\"link\":null,"
          + "\"balances\":null,\"threeDsRedirectModel\":null,\"threeDsModel\":null}",
      "{\"success\":false,\"MODEL\":null,\"message\":\"upper-case null model\"}",
      "{\"success\":false,\"message\":\"declined\",\"model\":{\"transactionId\":1,\"statusCode\":5,"
          + "\"status\":\"Declined\",\"reasonCode\":5051,\"reason\":\"Insufficient funds\"}}",
      "{\"success\":false,\"message\":\"3ds\",\"threeDsModel\":{\"transactionId\":1,\"acsUrl\":\"https://acs\","
          + "\"paReq\":\"pa\",\"method\":\"POST\"}}",
      "{\"success\":false,\"ThreeDsRedirectModel\":{\"transactionId\":1,\"url\":\"https://3ds\"}}",
      "{\"success\":false,\"message\":\"empty list\",\"transactions\":[]}",
      "{\"success\":false,\"message\":\"a link\",\"link\":{\"url\":\"https://pay\"}}",
      "{\"success\":false,\"message\":\"balances\",\"balances\":[]}",
      "{\"success\":false,\"message\":\"model is text\",\"model\":\"text\"}",
      "{\"success\":false,\"message\":\"model is an array\",\"model\":[]}",
      "{\"model\":{\"transactionId\":2},\"success\":false,\"message\":\"payload first\"}",
      "{\"success\":false,\"message\":\"nested model only\",\"extra\":{\"model\":{\"transactionId\":3}}}",
      "{\"su\\u0063cess\":false,\"message\":\"escaped key\"}",
      "{\"success\":false,\"m\\u006fdel\":{\"transactionId\":4},\"message\":\"escaped payload key\"}",
      "{\"success\":\"false\",\"message\":\"flag as text\"}",
      "{\"success\":\"no\",\"message\":\"flag as other text\"}",
      "{\"success\":0,\"message\":\"flag as zero\"}",
      "{\"success\":null,\"message\":\"null flag\"}",
      "{\"success\":true,\"message\":\"true flag\"}",
      "{\"message\":\"no flag\"}",
      "{\"success\":false,\"success\":true,\"message\":\"false then true\"}",
      "{\"success\":true,\"success\":false,\"message\":\"true then false\"}",
      "{\"success\":false,\"message\":{\"text\":\"message is an object\"}}",
      "{\"success\":false,\"message\":5051}",
      "{\"success\":false}",
      "{\"success\":false,\"message\":\"trailing comma\",}",
      "{\"success\":false,\"message\":\"trailing value\"} {}",
      "{\"success\":false,\"message\":\"truncated\"",
      "[{\"success\":false,\"message\":\"in an array\"}]",
      "null",
      "\"success:false\"",
      "<html><body>success false</body></html>",
      "{}");

  static Stream<Arguments> cases() {
    return CALLS.keySet().stream().sorted()
        .flatMap(call -> BODIES.stream().map(body -> Arguments.of(call, body)));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("cases")
  void decidesAsTheSeparateScanDid(String call, String body) {
    enqueue(200, body);

    Throwable thrown = catchThrowable(() -> CALLS.get(call).accept(client));

    String expected = rejectedBeforeWith(body);
    if (expected == null) {
      if (thrown != null) { // an answer, or a failure of another kind, as before
        assertThat(thrown).isNotInstanceOf(RequestRejectedException.class);
      }
    } else {
      assertThat(thrown).isExactlyInstanceOf(RequestRejectedException.class);
      RequestRejectedException rejected = (RequestRejectedException) thrown;
      assertThat(rejected.httpStatus()).isEqualTo(200);
      assertThat(rejected.providerMessage()).isEqualTo(expected.isEmpty() ? null : expected);
      assertThat(rejected.isOutcomeUnknown()).isFalse();
    }
  }

  // The reference: the error mapper's rule before the check moved into the envelope parse. Returns the
  // rejection's message ("" for none), or null if the body is not a rejection.

  private static final Set<String> PAYLOADS = Set.of(
      "model", "transactions", "link", "balances", "threedsredirectmodel", "threedsmodel");

  private static String rejectedBeforeWith(String text) {
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    if (!mayBeRejection(body)) {
      return null;
    }
    Envelope envelope;
    try {
      envelope = OdeonPayJson.codec().mapper().readValue(body, Envelope.class);
    } catch (IOException | RuntimeException notAnEnvelope) {
      return null;
    }
    if (envelope != null && Boolean.FALSE.equals(envelope.success()) && !envelope.hasPayload()) {
      return envelope.message() == null ? "" : envelope.message();
    }
    return null;
  }

  private static boolean mayBeRejection(byte[] body) {
    try (JsonParser parser = OdeonPayJson.codec().mapper().getFactory().createParser(body)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return false;
      }
      boolean failed = false;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName().toLowerCase(Locale.ROOT);
        JsonToken value = parser.nextToken();
        if (name.equals("success")) {
          failed = value != JsonToken.VALUE_TRUE && value != JsonToken.VALUE_NULL;
        } else if (PAYLOADS.contains(name) && value != JsonToken.VALUE_NULL) {
          return false;
        }
        parser.skipChildren();
      }
      return failed;
    } catch (IOException | RuntimeException notJson) {
      return false;
    }
  }
}
