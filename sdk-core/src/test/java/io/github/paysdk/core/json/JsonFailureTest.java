package io.github.paysdk.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.paysdk.core.error.MalformedPayloadException;
import io.github.paysdk.core.error.MalformedResponseException;
import io.github.paysdk.core.http.ApiRequest;
import io.github.paysdk.core.http.ApiResponse;
import io.github.paysdk.core.http.HttpMethod;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

/** Parse failures never quote the content they failed on: it may be a token or a card number. */
class JsonFailureTest {
  private static final String TOKEN = "sk_live_5f3a9c0d1e";
  private static final String CARD = "4111111111111111";

  record Payment(long id, int amount, Card card) {}

  record Card(String bin) {}

  private final JsonCodec codec = JsonCodec.standard();

  private static ApiResponse response(String body) {
    ApiRequest request = ApiRequest.builder(HttpMethod.GET, "/p").build();
    return new ApiResponse(request, 200, Headers.of(), body.getBytes(StandardCharsets.UTF_8), null);
  }

  private static String everyMessage(Throwable thrown) {
    List<String> texts = new ArrayList<>();
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      texts.add(t.toString());
      texts.add(String.valueOf(t.getMessage()));
    }
    return String.join("\n", texts);
  }

  @Test
  void anUnquotedTokenInMalformedJsonIsNotQuoted() {
    Throwable thrown = catchThrowable(() -> codec.readTree(response("{\"access_token\": " + TOKEN + "}")));

    assertThat(thrown).isInstanceOf(MalformedResponseException.class).hasCauseInstanceOf(JsonFailure.class);
    assertThat(thrown.getCause()).hasMessageStartingWith("JsonParseException at line 1, column ");
    assertThat(everyMessage(thrown)).doesNotContain(TOKEN).doesNotContain("sk_live");
  }

  @Test
  void aCardNumberInAFieldOfTheWrongTypeIsNotQuoted() {
    Throwable thrown = catchThrowable(() -> codec.read(
        response("{\"id\": 1, \"amount\": \"" + CARD + "x\"}"), Payment.class));

    assertThat(thrown).isInstanceOf(MalformedResponseException.class);
    assertThat(thrown.getCause()).isInstanceOf(JsonFailure.class)
        .hasMessageContaining("InvalidFormatException").hasMessageContaining("field amount");
    assertThat(everyMessage(thrown)).doesNotContain(CARD);
  }

  @Test
  void aCardNumberWhereAnObjectBelongsIsNotQuoted() {
    Throwable thrown = catchThrowable(() -> codec.read(response("\"" + CARD + "\""), Payment.class));
    Throwable nested = catchThrowable(() -> codec.convert(response("{}"),
        codec.mapper().createObjectNode().put("card", CARD), Payment.class));

    assertThat(everyMessage(thrown)).doesNotContain(CARD).contains("MismatchedInputException");
    assertThat(everyMessage(nested)).doesNotContain(CARD).contains("field card");
  }

  @Test
  void callbackPayloadsAreTreatedTheSame() {
    Throwable thrown = catchThrowable(() -> codec.readPayload(
        ("{\"pan\": \"" + CARD + "\", \"id\": " + TOKEN + "}").getBytes(StandardCharsets.UTF_8),
        Payment.class));

    assertThat(thrown).isInstanceOf(MalformedPayloadException.class).hasCauseInstanceOf(JsonFailure.class);
    assertThat(everyMessage(thrown)).doesNotContain(CARD).doesNotContain(TOKEN);
  }

  @Test
  void keepsTheParsersStackTraceForDebugging() {
    Throwable thrown = catchThrowable(() -> codec.readTree(response("{\"a\": nope}")));

    assertThat(thrown.getCause().getStackTrace()).isNotEmpty();
    assertThat(thrown.getCause().getStackTrace()[0].getClassName()).startsWith("com.fasterxml.jackson");
  }
}
