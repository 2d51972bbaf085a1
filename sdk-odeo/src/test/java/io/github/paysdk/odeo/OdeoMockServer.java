package io.github.paysdk.odeo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A MockWebServer for Odeo client tests: answers {@code POST /oauth2/token} itself (first with the spec's
 * fixture token {@code test_access_token}, then {@code test_access_token-2}, ...) and every other request
 * from a queue of canned responses, recording everything. The client it builds uses the spec's §3.7
 * credentials and a settable clock that starts at 1612137600 (2021-02-01T00:00:00Z).
 */
final class OdeoMockServer implements AutoCloseable {
  static final String SIGNING_KEY = "test_signing_key";
  static final String TOKEN = "test_access_token";
  static final Instant T0 = Instant.ofEpochSecond(1612137600);
  private static final ObjectMapper JSON = new ObjectMapper();

  final MutableClock clock = new MutableClock(T0);
  private final MockWebServer server = new MockWebServer();
  private final Deque<MockResponse> apiResponses = new ArrayDeque<>();
  private final List<RecordedRequest> tokenRequests = new ArrayList<>();
  private final List<RecordedRequest> apiRequests = new ArrayList<>();
  private final AtomicInteger tokensIssued = new AtomicInteger();
  private volatile MockResponse defaultApiResponse;
  private volatile Duration tokenDelay = Duration.ZERO;

  OdeoMockServer() {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return answer(request);
      }
    });
    try {
      server.start(InetAddress.getLoopbackAddress(), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return a client against this server: §3.7 credentials, the mutable clock, no retry sleeps */
  OdeoClient client() {
    return clientBuilder().build();
  }

  OdeoClient.Builder clientBuilder() {
    return OdeoClient.builder()
        .clientId("test_client_id")
        .clientSecret("test_client_secret")
        .signingKey(SIGNING_KEY)
        .baseUrl(baseUrl())
        .clock(clock)
        .sleeper(duration -> { });
  }

  String baseUrl() {
    String url = server.url("/").toString();
    return url.substring(0, url.length() - 1);
  }

  void enqueue(MockResponse response) {
    synchronized (apiResponses) {
      apiResponses.addLast(response);
    }
  }

  void enqueueJson(int status, String body) {
    enqueue(json(status, body));
  }

  void enqueueFixture(String name) {
    enqueueJson(200, fixture(name));
  }

  void setDefaultApiResponse(MockResponse response) {
    this.defaultApiResponse = response;
  }

  void setTokenDelay(Duration delay) {
    this.tokenDelay = delay;
  }

  synchronized List<RecordedRequest> tokenRequests() {
    return List.copyOf(tokenRequests);
  }

  synchronized List<RecordedRequest> apiRequests() {
    return List.copyOf(apiRequests);
  }

  /** @return the only API request so far */
  RecordedRequest onlyApiRequest() {
    List<RecordedRequest> requests = apiRequests();
    assertThat(requests).hasSize(1);
    return requests.get(0);
  }

  static MockResponse json(int status, String body) {
    return new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json")
        .body(body).build();
  }

  static String fixture(String name) {
    try (InputStream in = OdeoMockServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("No fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static com.fasterxml.jackson.databind.JsonNode tree(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private MockResponse answer(RecordedRequest request) {
    if (request.getUrl().encodedPath().equals("/oauth2/token")) {
      synchronized (this) {
        tokenRequests.add(request);
      }
      int n = tokensIssued.incrementAndGet();
      String body = n == 1 ? fixture("token.json")
          : "{\"access_token\":\"" + TOKEN + "-" + n + "\",\"expires_in\":1800,\"token_type\":\"Bearer\"}";
      MockResponse.Builder response = new MockResponse.Builder().code(200)
          .setHeader("Content-Type", "application/json").body(body);
      if (!tokenDelay.isZero()) {
        response.headersDelay(tokenDelay.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
      }
      return response.build();
    }
    synchronized (this) {
      apiRequests.add(request);
    }
    MockResponse next;
    synchronized (apiResponses) {
      next = apiResponses.pollFirst();
    }
    if (next != null) {
      return next;
    }
    if (defaultApiResponse != null) {
      return defaultApiResponse;
    }
    return json(500, "{\"message\":\"no canned response\"}");
  }

  @Override
  public void close() {
    server.close();
  }

  /** A clock tests move by hand. */
  static final class MutableClock extends Clock {
    private final AtomicReference<Instant> now;

    MutableClock(Instant start) {
      this.now = new AtomicReference<>(start);
    }

    void advance(Duration by) {
      now.updateAndGet(t -> t.plus(by));
    }

    void set(Instant instant) {
      now.set(instant);
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now.get();
    }
  }
}
