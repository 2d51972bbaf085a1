package io.github.paysdk.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.paysdk.core.auth.BasicAuth;
import io.github.paysdk.core.auth.RequestSigner;
import io.github.paysdk.core.auth.Secret;
import io.github.paysdk.core.auth.StaticHeaders;
import io.github.paysdk.core.error.ApiException;
import io.github.paysdk.core.error.ErrorContext;
import io.github.paysdk.core.retry.RetryMode;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A provider that echoes the rejected credential or a card number never puts it into an exception. */
class SentCredentialsTest {
  private static final String API_KEY = "key-3f9a0c7e21";
  private static final String PASSWORD = "pass-8d1b4c3e9a";
  private final MockWebServer server = new MockWebServer();
  private HttpTransport transport;

  @BeforeEach
  void start() throws Exception {
    server.start(InetAddress.getLoopbackAddress(), 0);
    transport = HttpTransport.create(ClientOptions.defaults(), "test");
  }

  @AfterEach
  void stop() {
    transport.close();
    server.close();
  }

  private ApiException fail(RequestSigner signer, int status, String body) {
    server.enqueue(new MockResponse.Builder().code(status).body(body).build());
    HttpExecutor executor = transport.executor(server.url("/").toString()).signer(signer)
        .errorMapper(response -> response.isSuccessful() ? null
            : ErrorContexts.exceptionFor(response, "E1", response.bodyString()))
        .build();
    return catchThrowableOfType(ApiException.class,
        () -> executor.execute(ApiRequest.builder(HttpMethod.GET, "/x").retryMode(RetryMode.READ).build()));
  }

  @Test
  void anEchoedApiKeyIsMaskedInTheMessageAndTheRawBody() {
    ApiException e = fail(StaticHeaders.of("X-Api-Key", Secret.of(API_KEY)), 401,
        "{\"message\":\"API key " + API_KEY + " is not valid\"}");

    assertThat(e.getMessage()).doesNotContain(API_KEY).contains("API key [REDACTED] is not valid");
    assertThat(e.providerMessage()).doesNotContain(API_KEY);
    assertThat(e.rawBody()).doesNotContain(API_KEY);
  }

  @Test
  void anEchoedBasicCredentialIsMaskedEncodedDecodedAndAsThePasswordAlone() {
    String pair = "merchant:" + PASSWORD;
    String encoded = Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    ApiException e = fail(new BasicAuth("merchant", Secret.of(PASSWORD)), 403,
        "header Basic " + encoded + ", user " + pair + ", password " + PASSWORD);

    assertThat(e.getMessage()).doesNotContain(PASSWORD).doesNotContain(encoded);
    assertThat(e.rawBody()).doesNotContain(PASSWORD).doesNotContain(encoded);
  }

  @Test
  void aSuccessfulBodyIsLeftAsItIs() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).body("{\"echo\":\"" + API_KEY + "\"}").build());
    ApiResponse response = transport.executor(server.url("/").toString())
        .signer(StaticHeaders.of("X-Api-Key", Secret.of(API_KEY))).build()
        .execute(ApiRequest.builder(HttpMethod.GET, "/x").build());

    assertThat(response.bodyString()).contains(API_KEY);
  }

  @Test
  void aCardNumberInTheProviderMessageIsCutToFirstSixAndLastFour() {
    ErrorContext context = new ErrorContext(400, "05", "Card 4111 1111 1111 1111 declined", null, null, false,
        null);

    assertThat(context.providerMessage()).isEqualTo("Card 411111******1111 declined");
    assertThat(new ApiException(context).getMessage()).doesNotContain("1111 1111 1111");
  }
}
