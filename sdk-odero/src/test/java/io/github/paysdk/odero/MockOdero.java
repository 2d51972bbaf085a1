package io.github.paysdk.odero;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.paysdk.core.retry.RetryPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A MockWebServer with an {@link OderoClient} pointed at it, plus checks of what the client sent. The
 * signature check is computed here independently of the SDK's signer.
 */
public final class MockOdero implements AutoCloseable {
  public static final String API_KEY = "sandbox-az-api-key-1";
  public static final String SECRET_KEY = "sandbox-az-secret-1";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  public final MockWebServer server = new MockWebServer();
  public final OderoClient client;

  public MockOdero() {
    try {
      server.start(InetAddress.getLoopbackAddress(), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String base = server.url("/").toString();
    client = OderoClient.builder()
        .apiKey(API_KEY)
        .secretKey(SECRET_KEY)
        .baseUrl(base.substring(0, base.length() - 1))
        .retryPolicy(RetryPolicy.builder().maxAttempts(3).initialBackoff(Duration.ofMillis(1)).build())
        .sleeper(duration -> {})
        .timeouts(Duration.ofSeconds(5), Duration.ofSeconds(2), Duration.ofSeconds(5))
        .build();
  }

  /** Serves {@code {"data": <fixture>}}-style fixture files verbatim. */
  public MockOdero enqueueFixture(String name) {
    return enqueue(200, fixture(name));
  }

  public MockOdero enqueue(int code, String json) {
    server.enqueue(new MockResponse.Builder()
        .code(code).setHeader("Content-Type", "application/json").body(json).build());
    return this;
  }

  /** Takes the next request and checks the four auth headers and the signature. */
  public RecordedRequest takeSigned() {
    RecordedRequest request = take();
    assertSigned(request);
    return request;
  }

  public RecordedRequest take() {
    try {
      RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
      assertThat(request).as("a request reached the server").isNotNull();
      return request;
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  public static void assertSigned(RecordedRequest request) {
    String rnd = request.getHeaders().get("x-rnd-key");
    assertThat(request.getHeaders().get("x-api-key")).isEqualTo(API_KEY);
    assertThat(request.getHeaders().get("x-auth-version")).isEqualTo("v1");
    assertThat(rnd).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    String url = "http://" + request.getHeaders().get("Host") + request.getTarget();
    String body = request.getBody() == null ? "" : request.getBody().utf8();
    assertThat(request.getHeaders().get("x-signature"))
        .as("x-signature over %s", url)
        .isEqualTo(expectedSignature(url, API_KEY, SECRET_KEY, rnd, body));
  }

  /** The platform's algorithm, written out independently of the SDK. */
  public static String expectedSignature(String url, String apiKey, String secret, String rnd, String body) {
    try {
      String data = URLDecoder.decode(url, "UTF-8") + apiKey + secret + rnd + body;
      return Base64.getEncoder().encodeToString(
          MessageDigest.getInstance("SHA-256").digest(data.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  public static JsonNode json(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static JsonNode bodyJson(RecordedRequest request) {
    return json(request.getBody().utf8());
  }

  public static String fixture(String name) {
    try (InputStream in = MockOdero.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("No fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    client.close();
    server.close();
  }
}
