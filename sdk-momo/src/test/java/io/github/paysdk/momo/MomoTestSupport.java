package io.github.paysdk.momo;

import io.github.paysdk.core.testing.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.paysdk.core.retry.RetryPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A MockWebServer and a sandbox client with all three products, a hand-moved clock and no real sleeps. */
public abstract class MomoTestSupport {
  protected static final String COLLECTION_KEY = "collection-sub-key";
  protected static final String DISBURSEMENT_KEY = "disbursement-sub-key";
  protected static final String REMITTANCE_KEY = "remittance-sub-key";
  protected static final String API_USER = "c72025f5-5cd1-4630-99e4-8ba4722fad56";
  protected static final String API_KEY = "f1db798c98df4bcf83b538175893bbf0";
  protected static final String BASIC =
      "Basic " + Base64.getEncoder().encodeToString((API_USER + ":" + API_KEY).getBytes(StandardCharsets.UTF_8));
  protected static final String TOKEN_VALUE =
      "eyJ0eXAiOiJKV1QiLCJhbGciOiJSMjU2In0.eyJjbGllbnRJZCI6Ii4uLiIsImV4cGlyZXMiOiIyMDI0LTEwLTA4VDIxOjI1OjI3LjgwNyIsInNlc3Npb25JZCI6Ii4uLiJ9.sig";
  protected static final String BEARER = "Bearer " + TOKEN_VALUE;
  protected static final ObjectMapper JSON = new ObjectMapper();

  protected MockWebServer server;
  protected MutableClock clock;
  protected List<Duration> sleeps;
  protected MomoClient momo;

  @BeforeEach
  void startServer() throws IOException {
    server = new MockWebServer();
    server.start();
    clock = new MutableClock(Instant.parse("2026-01-05T10:00:00Z"));
    sleeps = new ArrayList<>();
    momo = builder().build();
  }

  @AfterEach
  void stopServer() {
    momo.close();
    server.close();
  }

  /** @return a sandbox builder pointed at the server, every product configured */
  protected MomoClient.Builder builder() {
    return MomoClient.builder()
        .environment(MomoEnvironment.SANDBOX)
        .baseUrl(server.url("/").toString())
        .collection(ProductCredentials.of(COLLECTION_KEY, API_USER, API_KEY))
        .disbursement(ProductCredentials.of(DISBURSEMENT_KEY, API_USER, API_KEY))
        .remittance(ProductCredentials.of(REMITTANCE_KEY, API_USER, API_KEY))
        .clock(clock)
        .sleeper(duration -> {
          sleeps.add(duration);
          clock.advance(duration);
        })
        .retryPolicy(RetryPolicy.builder().maxAttempts(3).initialBackoff(Duration.ofMillis(10)).build())
        .timeouts(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(5));
  }

  protected static String fixture(String name) {
    try (InputStream in = MomoTestSupport.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("No fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  protected void enqueueToken() {
    enqueueJson(200, fixture("token.json"));
  }

  protected void enqueueJson(int code, String body) {
    server.enqueue(new MockResponse.Builder().code(code)
        .setHeader("Content-Type", "application/json;charset=utf-8").body(body).build());
  }

  protected void enqueueAccepted() {
    server.enqueue(new MockResponse.Builder().code(202).build());
  }

  protected RecordedRequest take() {
    try {
      RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
      assertThat(request).as("a request reached the server").isNotNull();
      return request;
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  /** Asserts the token request of a product and returns nothing. */
  protected void assertTokenRequest(String product, String subscriptionKey) {
    RecordedRequest token = take();
    assertThat(token.getMethod()).isEqualTo("POST");
    assertThat(token.getUrl().encodedPath()).isEqualTo("/" + product + "/token/");
    assertThat(token.getHeaders().get("Authorization")).isEqualTo(BASIC);
    assertThat(token.getHeaders().get("Ocp-Apim-Subscription-Key")).isEqualTo(subscriptionKey);
    assertThat(token.getHeaders().get("Content-Length")).isEqualTo("0");
    assertThat(token.getHeaders().get("X-Target-Environment")).isNull();
    assertThat(token.getBodySize()).isZero();
  }

  /** Asserts the headers every product call carries. */
  protected static void assertProductHeaders(RecordedRequest request, String subscriptionKey) {
    assertThat(request.getHeaders().get("Authorization")).isEqualTo(BEARER);
    assertThat(request.getHeaders().get("Ocp-Apim-Subscription-Key")).isEqualTo(subscriptionKey);
    assertThat(request.getHeaders().get("X-Target-Environment")).isEqualTo("sandbox");
  }

  protected static void assertJsonBody(RecordedRequest request, String expectedJson) {
    assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json");
    assertThat(tree(request.getBody().utf8())).isEqualTo(tree(expectedJson));
  }

  protected static JsonNode tree(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
