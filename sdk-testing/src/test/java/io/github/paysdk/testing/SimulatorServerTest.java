package io.github.paysdk.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SimulatorServerTest {
  /** A simulator that counts how many requests it processed. */
  static final class CountingSimulator extends SimulatorServer {
    final AtomicInteger processed = new AtomicInteger();

    @Override
    protected MockResponse handle(RecordedRequest request) {
      return json(200, "{\"processed\":" + processed.incrementAndGet() + "}");
    }
  }

  private final CountingSimulator simulator = new CountingSimulator();
  private final OkHttpClient client = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();

  @AfterEach
  void stop() {
    simulator.close();
  }

  private Response get(String path) throws IOException {
    return client.newCall(new Request.Builder().url(simulator.baseUrl() + path).build()).execute();
  }

  @Test
  void servesTheProviderBehaviourAndRecordsCalls() throws IOException {
    simulator.start();
    assertThat(simulator.baseUrl()).startsWith("http://").doesNotEndWith("/");
    try (Response response = get("/v1/x")) {
      assertThat(response.body().string()).isEqualTo("{\"processed\":1}");
    }
    assertThat(simulator.callCount("GET", "/v1")).isEqualTo(1);
    assertThat(simulator.calls().get(0).path()).isEqualTo("/v1/x");
  }

  @Test
  void customFaultsSeeTheNormalAnswerOnlyWhenTheRequestIsProcessed() throws IOException {
    simulator.start();
    simulator.enqueueFault(Fault.custom("tagged", true, normal -> new MockResponse.Builder(normal)
        .setHeader("X-Request-Id", "req-7").build()));
    simulator.enqueueFault(Fault.custom("rejected", false, normal -> new MockResponse.Builder()
        .code(418).body(String.valueOf(normal)).build()));
    try (Response response = get("/x")) {
      assertThat(response.header("X-Request-Id")).isEqualTo("req-7");
      assertThat(response.body().string()).isEqualTo("{\"processed\":1}");
    }
    try (Response response = get("/x")) {
      assertThat(response.code()).isEqualTo(418);
      assertThat(response.body().string()).isEqualTo("null");
    }
    assertThat(simulator.processed).hasValue(1);
    assertThat(simulator.calls().get(1).fault()).hasToString("Fault[rejected]");
  }

  @Test
  void rejectingFaultsDoNotProcessTheRequest() throws IOException {
    simulator.start();
    simulator.enqueueFault(Fault.status(503));
    try (Response response = get("/x")) {
      assertThat(response.code()).isEqualTo(503);
      assertThat(response.body().string()).contains("<html>");
    }
    assertThat(simulator.processed).hasValue(0);
    assertThat(simulator.calls().get(0).fault()).isNotNull();
  }

  @Test
  void afterProcessingFaultsProcessThenLoseTheAnswer() {
    simulator.start();
    simulator.enqueueFault(Fault.disconnectAfterProcessing());
    assertThatThrownBy(() -> get("/x").close()).isInstanceOf(IOException.class);
    assertThat(simulator.processed).hasValue(1);
  }

  @Test
  void rateLimitCarriesRetryAfter() throws IOException {
    simulator.start();
    simulator.enqueueFault(Fault.rateLimited("3"), 2);
    try (Response first = get("/x"); Response second = get("/x"); Response third = get("/x")) {
      assertThat(first.code()).isEqualTo(429);
      assertThat(first.header("Retry-After")).isEqualTo("3");
      assertThat(second.code()).isEqualTo(429);
      assertThat(third.code()).isEqualTo(200);
    }
  }

  @Test
  void truncatedJsonIsServedAfterProcessing() throws IOException {
    simulator.start();
    simulator.enqueueFault(Fault.truncatedJson());
    try (Response response = get("/x")) {
      assertThat(response.body().string()).isEqualTo("{\"data\":{\"id\":");
    }
    assertThat(simulator.processed).hasValue(1);
  }
}
