package io.github.paysdk.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paysdk.core.retry.RetryMode;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpTransportTest {
  private static final int THREADS = 32;
  private final MockWebServer server = new MockWebServer();

  @AfterEach
  void stop() {
    server.close();
  }

  /** Answers once {@code THREADS} requests are waiting, so each wave needs THREADS connections at once. */
  private static final class Burst extends Dispatcher {
    private volatile CountDownLatch arrived = new CountDownLatch(THREADS);

    @Override
    public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
      CountDownLatch wave = arrived;
      wave.countDown();
      wave.await(10, TimeUnit.SECONDS);
      return new MockResponse.Builder().code(200).body("{}").build();
    }
  }

  @Test
  void theSdksOwnClientKeepsItsConnectionsForTheNextBurstInsteadOfReopeningThem() throws Exception {
    Burst burst = new Burst();
    server.setDispatcher(burst);
    server.start(InetAddress.getLoopbackAddress(), 0);
    try (HttpTransport transport = HttpTransport.create(ClientOptions.defaults(), "test")) {
      HttpExecutor executor = transport.executor(server.url("/").toString()).build();

      wave(executor);
      burst.arrived = new CountDownLatch(THREADS);
      wave(executor);

      Set<Integer> connections = new HashSet<>();
      for (int i = 0; i < 2 * THREADS; i++) {
        connections.add(server.takeRequest().getConnectionIndex());
      }
      assertThat(connections).as("connections the server accepted for two bursts").hasSize(THREADS);
      assertThat(transport.client().connectionPool().connectionCount())
          .isEqualTo(transport.client().connectionPool().idleConnectionCount())
          .isEqualTo(THREADS);
    }
  }

  @Test
  void aCallersEventListenerStillSeesEveryCallThroughTheSdk() throws Exception {
    server.start(InetAddress.getLoopbackAddress(), 0);
    server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
    List<String> events = new ArrayList<>();
    okhttp3.OkHttpClient callers = new okhttp3.OkHttpClient.Builder()
        .eventListener(new okhttp3.EventListener() {
          @Override
          public void callStart(okhttp3.Call call) {
            events.add("callStart " + call.request().url().encodedPath());
          }

          @Override
          public void requestHeadersStart(okhttp3.Call call) {
            events.add("requestHeadersStart");
          }

          @Override
          public void callEnd(okhttp3.Call call) {
            events.add("callEnd");
          }
        })
        .build();
    ClientOptions options = ClientOptions.defaults();
    options = new ClientOptions(null, callers, options.connectTimeout(), options.readTimeout(),
        options.writeTimeout(), options.callTimeout(), options.retryPolicy(), options.maxResponseBytes(),
        options.clock(), options.sleeper());
    try (HttpTransport transport = HttpTransport.create(options, "test")) {
      transport.executor(server.url("/").toString()).build()
          .execute(ApiRequest.builder(HttpMethod.GET, "/x").retryMode(RetryMode.READ).build());
    }

    assertThat(events).containsExactly("callStart /x", "requestHeadersStart", "callEnd");
  }

  private static void wave(HttpExecutor executor) throws InterruptedException {
    List<Thread> threads = new ArrayList<>();
    List<Throwable> failures = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      Thread thread = new Thread(() -> {
        try {
          executor.execute(ApiRequest.builder(HttpMethod.GET, "/x").retryMode(RetryMode.READ).build());
        } catch (RuntimeException e) {
          synchronized (failures) {
            failures.add(e);
          }
        }
      });
      thread.start();
      threads.add(thread);
    }
    for (Thread thread : threads) {
      thread.join();
    }
    assertThat(failures).isEmpty();
  }
}
