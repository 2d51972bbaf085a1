package io.github.paysdk.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paysdk.benchmarks.support.CannedInterceptor;
import io.github.paysdk.benchmarks.support.Calls;
import io.github.paysdk.benchmarks.support.Credentials;
import io.github.paysdk.momo.MomoClient;
import io.github.paysdk.momo.MomoEnvironment;
import io.github.paysdk.momo.ProductCredentials;
import io.github.paysdk.odeo.OdeoClient;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/**
 * Bar 3: a thousand threads making the first call of a new client at once cause exactly one token
 * request. The token endpoint answers slowly, so the callers really do pile up behind the first fetch.
 */
class ColdTokenTest {
  private static final int CALLERS = 1_000;

  private final CannedInterceptor canned = Calls.cannedResponses();
  private final OkHttpClient http = new OkHttpClient.Builder()
      .addInterceptor(slowTokenEndpoint())
      .addInterceptor(canned)
      .build();

  @Test
  void thousandConcurrentFirstOdeoCallsFetchOneToken() throws InterruptedException {
    try (OdeoClient odeo = OdeoClient.builder().clientId(Credentials.ODEO_CLIENT_ID)
        .clientSecret(Credentials.ODEO_CLIENT_SECRET).signingKey(Credentials.ODEO_SIGNING_KEY)
        .httpClient(http).baseUrl("http://bench.invalid/").build()) {
      List<Throwable> failures = runConcurrently(() -> odeo.disbursement().getDisbursement("123"));

      assertThat(failures).isEmpty();
      assertThat(canned.count("POST", "/oauth2/token")).isEqualTo(1);
      assertThat(canned.count("GET", "/dg/v1/disbursements/")).isEqualTo(CALLERS);
    }
  }

  @Test
  void thousandConcurrentFirstMomoCallsFetchOneToken() throws InterruptedException {
    try (MomoClient momo = MomoClient.builder().environment(MomoEnvironment.SANDBOX)
        .disbursement(ProductCredentials.of(Credentials.MOMO_SUBSCRIPTION_KEY,
            Credentials.MOMO_API_USER, Credentials.MOMO_API_KEY))
        .httpClient(http).baseUrl("http://bench.invalid/").build()) {
      UUID transfer = UUID.randomUUID();
      List<Throwable> failures = runConcurrently(() -> momo.disbursement().transferStatus(transfer));

      assertThat(failures).isEmpty();
      assertThat(canned.count("POST", "/disbursement/token/")).isEqualTo(1);
      assertThat(canned.count("GET", "/disbursement/v1_0/transfer/")).isEqualTo(CALLERS);
    }
  }

  /** Starts every caller, releases them together, waits for all; returns what they threw. */
  private static List<Throwable> runConcurrently(Runnable call) throws InterruptedException {
    CountDownLatch ready = new CountDownLatch(CALLERS);
    CountDownLatch go = new CountDownLatch(1);
    ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < CALLERS; i++) {
      Thread thread = new Thread(() -> {
        ready.countDown();
        try {
          go.await();
          call.run();
        } catch (Throwable t) {
          failures.add(t);
        }
      });
      thread.start();
      threads.add(thread);
    }
    ready.await();
    go.countDown();
    for (Thread thread : threads) {
      thread.join();
    }
    return new ArrayList<>(failures);
  }

  private static Interceptor slowTokenEndpoint() {
    return chain -> {
      if (chain.request().url().encodedPath().contains("token")) {
        try {
          Thread.sleep(200);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return chain.proceed(chain.request());
    };
  }
}
