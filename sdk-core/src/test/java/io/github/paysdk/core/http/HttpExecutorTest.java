package io.github.paysdk.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.paysdk.core.PaySdk;
import io.github.paysdk.core.auth.RequestSigner;
import io.github.paysdk.core.error.ApiConnectionException;
import io.github.paysdk.core.error.ApiTimeoutException;
import io.github.paysdk.core.error.AuthenticationException;
import io.github.paysdk.core.error.MalformedResponseException;
import io.github.paysdk.core.error.RateLimitException;
import io.github.paysdk.core.error.ServerException;
import io.github.paysdk.core.retry.RetryMode;
import io.github.paysdk.core.retry.RetryPolicy;
import io.github.paysdk.core.testing.CapturedLogs;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpExecutorTest {
  private final MockWebServer server = new MockWebServer();
  private final List<Duration> sleeps = new ArrayList<>();
  private HttpTransport transport;

  @BeforeEach
  void start() throws Exception {
    server.start(InetAddress.getLoopbackAddress(), 0);
    transport = transport(builder -> builder);
  }

  @AfterEach
  void stop() {
    transport.close();
    server.close();
  }

  private interface Options {
    TestBuilder apply(TestBuilder builder);
  }

  static final class TestBuilder extends AbstractClientBuilder<TestBuilder> {
    ClientOptions built() {
      return options();
    }
  }

  private HttpTransport transport(Options options) {
    TestBuilder builder = new TestBuilder()
        .baseUrl(server.url("/api/").toString())
        .sleeper(sleeps::add)
        .retryPolicy(RetryPolicy.builder().maxAttempts(3).build());
    return HttpTransport.create(options.apply(builder).built(), "test");
  }

  private HttpExecutor executor(RequestSigner signer) {
    return transport.executor("https://unused.example").signer(signer).build();
  }

  private static MockResponse ok(String body) {
    return new MockResponse.Builder().code(200).setHeader("X-Request-Id", "req-1").body(body).build();
  }

  private static MockResponse status(int code) {
    return new MockResponse.Builder().code(code).setHeader("Content-Type", "text/html")
        .body("<html>" + code + "</html>").build();
  }

  private static ApiRequest payment() {
    return ApiRequest.builder(HttpMethod.POST, "/payouts")
        .body("{\"amount\":100}".getBytes(StandardCharsets.UTF_8), "application/json")
        .retryMode(RetryMode.NON_IDEMPOTENT)
        .lookupKey("order-42")
        .build();
  }

  @Test
  void sendsExactBytesPathQueryAndHeadersUnderTheBaseUrl() throws Exception {
    server.enqueue(ok("{}"));
    ApiResponse response = executor(r -> r.header("X-Sig", "s")).execute(
        ApiRequest.builder(HttpMethod.POST, "/v1/items/a b")
            .query("z", "1").query("a", "x y").query("skipped", null)
            .header("X-Extra", "e")
            .body("{\"b\":1,\"a\":2}".getBytes(StandardCharsets.UTF_8), "application/json")
            .build());

    RecordedRequest recorded = server.takeRequest();
    assertThat(recorded.getMethod()).isEqualTo("POST");
    assertThat(recorded.getTarget()).isEqualTo("/api/v1/items/a%20b?z=1&a=x%20y");
    assertThat(recorded.getBody().utf8()).isEqualTo("{\"b\":1,\"a\":2}");
    assertThat(recorded.getHeaders().get("Content-Type")).isEqualTo("application/json");
    assertThat(recorded.getHeaders().get("X-Sig")).isEqualTo("s");
    assertThat(recorded.getHeaders().get("X-Extra")).isEqualTo("e");
    assertThat(recorded.getHeaders().get("User-Agent")).isEqualTo(PaySdk.userAgent("test"));
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.requestId()).isEqualTo("req-1");
  }

  @Test
  void bodylessPostSendsContentLengthZero() throws Exception {
    server.enqueue(ok("{}"));
    executor(RequestSigner.NONE).execute(ApiRequest.builder(HttpMethod.POST, "/token/").build());
    RecordedRequest recorded = server.takeRequest();
    assertThat(recorded.getHeaders().get("Content-Length")).isEqualTo("0");
    assertThat(recorded.getTarget()).isEqualTo("/api/token/");
  }

  @Test
  void signerSeesTheFinalUrlAndBodyOnEveryAttempt() throws Exception {
    server.enqueue(status(503));
    server.enqueue(ok("{}"));
    AtomicInteger signatures = new AtomicInteger();
    executor(r -> r.header("X-Attempt", String.valueOf(signatures.incrementAndGet())
        + ":" + r.url().encodedPath() + ":" + r.body().length))
        .execute(ApiRequest.builder(HttpMethod.GET, "/balance").build());
    assertThat(server.takeRequest().getHeaders().get("X-Attempt")).isEqualTo("1:/api/balance:0");
    assertThat(server.takeRequest().getHeaders().get("X-Attempt")).isEqualTo("2:/api/balance:0");
  }

  @Test
  void readsAreRetriedOn503And429HonouringRetryAfter() {
    server.enqueue(status(503));
    server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "2").build());
    server.enqueue(ok("{\"ok\":true}"));
    ApiResponse response = executor(RequestSigner.NONE)
        .execute(ApiRequest.builder(HttpMethod.GET, "/status/1").build());
    assertThat(response.bodyString()).isEqualTo("{\"ok\":true}");
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(sleeps).hasSize(2);
    assertThat(sleeps.get(1)).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void readsGiveUpAfterMaxAttemptsWithATypedException() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(status(502));
    }
    assertThatThrownBy(() -> executor(RequestSigner.NONE)
        .execute(ApiRequest.builder(HttpMethod.GET, "/status/1").build()))
        .isInstanceOfSatisfying(ServerException.class, e -> {
          assertThat(e.httpStatus()).isEqualTo(502);
          assertThat(e.rawBody()).isEqualTo("<html>502</html>");
          assertThat(e.isOutcomeUnknown()).isFalse();
        });
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void rateLimitWithHttpDateRetryAfterBeyondTheLimitIsNotRetried() {
    server.enqueue(new MockResponse.Builder().code(429)
        .setHeader("Retry-After", "Thu, 31 Dec 2099 23:59:59 GMT").build());
    assertThatThrownBy(() -> executor(RequestSigner.NONE)
        .execute(ApiRequest.builder(HttpMethod.GET, "/x").build()))
        .isInstanceOfSatisfying(RateLimitException.class,
            e -> assertThat(e.retryAfter()).isGreaterThan(Duration.ofDays(1000)));
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void nonIdempotentPaymentIsNeverResentAfter5xxAndReportsOutcomeUnknown() {
    server.enqueue(status(503));
    server.enqueue(ok("{}"));
    assertThatThrownBy(() -> executor(RequestSigner.NONE).execute(payment()))
        .isInstanceOfSatisfying(ServerException.class, e -> {
          assertThat(e.isOutcomeUnknown()).isTrue();
          assertThat(e.lookupKey()).isEqualTo("order-42");
          assertThat(e.getMessage()).contains("outcome unknown", "order-42");
        });
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void nonIdempotentPaymentIsNeverResentAfterADisconnect() {
    server.enqueue(new MockResponse.Builder()
        .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
    server.enqueue(ok("{}"));
    assertThatThrownBy(() -> executor(RequestSigner.NONE).execute(payment()))
        .isInstanceOfSatisfying(ApiConnectionException.class, e -> {
          assertThat(e.isOutcomeUnknown()).isTrue();
          assertThat(e.lookupKey()).isEqualTo("order-42");
        });
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void idempotentCallIsRetriedAfterADisconnectWithTheSameKey() throws Exception {
    server.enqueue(new MockResponse.Builder()
        .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
    server.enqueue(ok("{}"));
    executor(RequestSigner.NONE).execute(ApiRequest.builder(HttpMethod.POST, "/transfer")
        .header("X-Reference-Id", "key-1").retryMode(RetryMode.IDEMPOTENT).build());
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(server.takeRequest().getHeaders().get("X-Reference-Id")).isEqualTo("key-1");
    assertThat(server.takeRequest().getHeaders().get("X-Reference-Id")).isEqualTo("key-1");
  }

  @Test
  void paymentIsRetriedWhenTheConnectionCouldNotEvenBeOpened() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    HttpTransport refused = HttpTransport.create(new TestBuilder()
        .baseUrl("http://127.0.0.1:" + closedPort)
        .sleeper(sleeps::add)
        .built(), "test");
    HttpExecutor executor = refused.executor("https://unused.example").build();
    assertThatThrownBy(() -> executor.execute(payment()))
        .isInstanceOfSatisfying(ApiConnectionException.class, e -> {
          assertThat(e.isOutcomeUnknown()).isFalse();
          assertThat(e.getMessage()).contains("Connection failed: POST /payouts");
        });
    assertThat(sleeps).hasSize(2);
    refused.close();
  }

  @Test
  void unauthorizedIsRetriedOnceWithFreshCredentials() throws Exception {
    server.enqueue(new MockResponse.Builder().code(401).body("{}").build());
    server.enqueue(ok("{}"));
    AtomicInteger generation = new AtomicInteger(1);
    RequestSigner signer = new RequestSigner() {
      @Override
      public void sign(OutgoingRequest request) {
        request.header("Authorization", "Bearer t" + generation.get());
      }

      @Override
      public boolean refreshAfterUnauthorized(OutgoingRequest request) {
        generation.incrementAndGet();
        return true;
      }
    };
    executor(signer).execute(payment());
    assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer t1");
    assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer t2");
  }

  @Test
  void secondUnauthorizedIsAnAuthenticationException() {
    server.enqueue(new MockResponse.Builder().code(401).body("{}").build());
    server.enqueue(new MockResponse.Builder().code(401).body("{}").build());
    RequestSigner signer = new RequestSigner() {
      @Override
      public void sign(OutgoingRequest request) {}

      @Override
      public boolean refreshAfterUnauthorized(OutgoingRequest request) {
        return true;
      }
    };
    assertThatThrownBy(() -> executor(signer).execute(payment()))
        .isInstanceOf(AuthenticationException.class);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void readTimeoutIsAnApiTimeoutException() {
    transport.close();
    transport = transport(b -> b.timeouts(Duration.ofSeconds(5), Duration.ofMillis(200),
        Duration.ofSeconds(5)).retryPolicy(RetryPolicy.none()));
    server.enqueue(new MockResponse.Builder().body("{}")
        .headersDelay(2, TimeUnit.SECONDS).build());
    assertThatThrownBy(() -> executor(RequestSigner.NONE).execute(payment()))
        .isInstanceOfSatisfying(ApiTimeoutException.class, e -> {
          assertThat(e.isOutcomeUnknown()).isTrue();
          assertThat(e.lookupKey()).isEqualTo("order-42");
        });
  }

  @Test
  void totalCallDeadlineStopsRetries() {
    transport.close();
    transport = transport(b -> b.callTimeout(Duration.ofMillis(300)));
    server.enqueue(new MockResponse.Builder().body("{}").headersDelay(2, TimeUnit.SECONDS).build());
    assertThatThrownBy(() -> executor(RequestSigner.NONE)
        .execute(ApiRequest.builder(HttpMethod.GET, "/slow").build()))
        .isInstanceOf(ApiTimeoutException.class);
  }

  @Test
  void oversizedResponseIsRejectedNotBuffered() {
    transport.close();
    transport = transport(b -> b.maxResponseBytes(1024));
    server.enqueue(ok("x".repeat(4096)));
    assertThatThrownBy(() -> executor(RequestSigner.NONE)
        .execute(ApiRequest.builder(HttpMethod.GET, "/big").build()))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("larger than 1024 bytes");
  }

  @Test
  void callerSuppliedClientIsSharedButNeverRetriesOnItsOwnAndStaysOpen() {
    OkHttpClient mine = new OkHttpClient.Builder().retryOnConnectionFailure(true).build();
    HttpTransport shared = transport(b -> b.httpClient(mine));
    assertThat(shared.client().retryOnConnectionFailure()).isFalse();
    assertThat(shared.client().connectionPool()).isSameAs(mine.connectionPool());
    shared.close();
    assertThat(mine.dispatcher().executorService().isShutdown()).isFalse();
  }

  @Test
  void logsNeverContainSecretsTokensOrCardData() {
    CapturedLogs.clear();
    server.enqueue(ok("{\"access_token\":\"tok-SECRET-1\",\"pan\":\"4111111111111111\"}"));
    executor(r -> r.header("Authorization", "Bearer tok-SECRET-0").header("X-Signature", "sig-SECRET"))
        .execute(ApiRequest.builder(HttpMethod.POST, "/pay")
            .query("api_key", "key-SECRET")
            .body(("{\"card\":{\"number\":\"4111111111111111\",\"cvv\":\"987\"},"
                + "\"client_secret\":\"cs-SECRET\"}").getBytes(StandardCharsets.UTF_8), "application/json")
            .build());
    List<String> lines = CapturedLogs.lines();
    assertThat(lines).isNotEmpty().anyMatch(l -> l.contains("POST /pay -> 200"));
    assertThat(String.join("\n", lines))
        .doesNotContain("SECRET", "4111111111111111", "\"987\"")
        .contains("411111******1111");
  }
}
