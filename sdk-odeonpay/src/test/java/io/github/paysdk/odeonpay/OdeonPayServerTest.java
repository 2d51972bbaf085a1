package io.github.paysdk.odeonpay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.paysdk.core.retry.RetryPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A MockWebServer and a client pointed at it, with the doc's credentials. */
public abstract class OdeonPayServerTest {
  protected static final String PUBLIC_ID = "pbid_2kajhh9oqhmpwjqgd529rg";
  protected static final String API_SECRET = "my-api-secret";
  protected static final String SIGNATURE_KEY = "sk_test_signature_key_42";
  /** From the spec, for pbid_2kajhh9oqhmpwjqgd529rg:my-api-secret (checked with base64(1)). */
  protected static final String BASIC = "Basic cGJpZF8ya2FqaGg5b3FobXB3anFnZDUyOXJnOm15LWFwaS1zZWNyZXQ=";
  protected static final ObjectMapper JSON = new ObjectMapper();

  protected MockWebServer server;
  protected OdeonPayClient client;

  @BeforeEach
  protected void startServer() throws IOException {
    server = new MockWebServer();
    server.start();
    client = clientBuilder().build();
  }

  @AfterEach
  protected void stopServer() {
    client.close();
    server.close();
  }

  protected OdeonPayClient.Builder clientBuilder() {
    return OdeonPayClient.builder()
        .publicId(PUBLIC_ID)
        .apiSecret(API_SECRET)
        .signatureKey(SIGNATURE_KEY)
        .baseUrl(server.url("/").toString())
        .retryPolicy(RetryPolicy.builder().maxAttempts(3).build())
        .sleeper(duration -> {});
  }

  protected void enqueueFixture(String name) {
    enqueue(200, fixture(name));
  }

  protected void enqueue(int status, String body) {
    server.enqueue(new MockResponse.Builder()
        .code(status)
        .setHeader("Content-Type", "application/json")
        .body(body)
        .build());
  }

  protected static String fixture(String name) {
    try (InputStream in = OdeonPayServerTest.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("No fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  protected RecordedRequest take() throws InterruptedException {
    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(request).as("a request reached the server").isNotNull();
    return request;
  }

  /**
   * Asserts method, path, Basic auth, Content-Type and a Content-HMAC computed independently of the SDK
   * over the bytes received, and returns the body as a tree.
   */
  protected JsonNode assertSignedPost(RecordedRequest request, String path) {
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getUrl().encodedPath()).isEqualTo(path);
    assertThat(request.getUrl().query()).isNull();
    assertThat(request.getHeaders().get("Authorization")).isEqualTo(BASIC);
    assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json");
    byte[] body = request.getBody().toByteArray();
    assertThat(request.getHeaders().get("Content-HMAC")).isEqualTo(independentHmac(SIGNATURE_KEY, body));
    return tree(new String(body, StandardCharsets.UTF_8));
  }

  protected static JsonNode tree(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Base64(lower-hex(HMAC-SHA256)), written with the JDK only, not with the SDK's code. */
  protected static String independentHmac(String key, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      String hex = HexFormat.of().formatHex(mac.doFinal(body));
      return Base64.getEncoder().encodeToString(hex.getBytes(StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

}
