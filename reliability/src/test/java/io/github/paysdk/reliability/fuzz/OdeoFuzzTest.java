package io.github.paysdk.reliability.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.paysdk.core.error.PaySdkException;
import io.github.paysdk.core.retry.RetryPolicy;
import io.github.paysdk.odeo.OdeoClient;
import io.github.paysdk.odeo.callback.OdeoCallbacks;
import io.github.paysdk.odeo.disbursement.CreateDisbursementRequest;
import io.github.paysdk.odeo.internal.OdeoSignature;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;

/**
 * Hostile input for Odeo: arbitrary status, content type and body as the answer to a disbursement lookup
 * (read), a disbursement (money-moving) and the token request, through the real client; and arbitrary
 * headers and bodies into the callback verifier and parser.
 */
class OdeoFuzzTest {
  private static final String SIGNING_KEY = "fuzz-signing-key";
  private static final long NOW = 1_700_000_000L;
  private static final String TOKEN =
      "{\"access_token\":\"fuzz-token\",\"expires_in\":3600,\"token_type\":\"Bearer\"}";

  private static FuzzServer server;
  private static FuzzServer tokenServer;
  private static OkHttpClient http;
  private static OdeoClient odeo;
  private static final OdeoCallbacks CALLBACKS = OdeoCallbacks.builder().signingKey(SIGNING_KEY)
      .clock(Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC)).build();

  @BeforeAll
  static void start() {
    http = new OkHttpClient.Builder().callTimeout(10, TimeUnit.SECONDS).build();
    server = new FuzzServer().fixed("/oauth2/token", TOKEN).start();
    tokenServer = new FuzzServer().start();
    odeo = client(server);
  }

  @AfterAll
  static void stop() {
    odeo.close();
    server.close();
    tokenServer.close();
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  private static OdeoClient client(FuzzServer target) {
    return OdeoClient.builder().clientId("fuzz-client").clientSecret("fuzz-secret")
        .signingKey(SIGNING_KEY).baseUrl(target.baseUrl()).httpClient(http)
        .retryPolicy(RetryPolicy.none()).build();
  }

  /** Lines: status, content type; then the body of a disbursement lookup. */
  @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  @FuzzTest(maxDuration = "2m")
  void disbursementLookupResponse(byte[] data) {
    server.answerWith(FuzzInput.of(data, 2));
    Outcomes.typedOrPaySdkException(
        () -> odeo.disbursement().getDisbursementByReferenceId("order-42"));
  }

  /** Lines: status, content type; then the body answering a disbursement. */
  @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  @FuzzTest(maxDuration = "2m")
  void createDisbursementResponse(byte[] data) {
    server.answerWith(FuzzInput.of(data, 2));
    Outcomes.typedOrPaySdkException(() -> odeo.disbursement().createDisbursement(
        CreateDisbursementRequest.builder().accountNumber("1234567890").amount(150_000).bankId(2)
            .customerName("Budi").referenceId("order-42").build()));
  }

  /** Lines: status, content type; then the body of the token endpoint's answer. */
  @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  @FuzzTest(maxDuration = "2m")
  void tokenResponse(byte[] data) {
    tokenServer.answerWith(FuzzInput.of(data, 2));
    try (OdeoClient fresh = client(tokenServer)) {
      Outcomes.typedOrPaySdkException(() -> fresh.cash().getBalance());
    }
  }

  /**
   * Lines: mode, path, X-Odeo-Timestamp, X-Odeo-Signature; then the raw body. Mode {@code S} signs the body
   * correctly at the current time (so the parser sees every body), {@code s} signs it with the given
   * timestamp, anything else sends the given signature as is.
   */
  @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  @FuzzTest(maxDuration = "2m")
  void callback(byte[] data) {
    FuzzInput input = FuzzInput.of(data, 4);
    String mode = input.line(0);
    String path = input.line(1);
    String timestamp = input.line(2);
    String signature = input.line(3);
    byte[] body = input.body();
    if (mode.equals("S") || mode.equals("s")) {
      long seconds = NOW;
      if (mode.equals("s")) {
        try {
          seconds = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
          seconds = timestamp.hashCode();
        }
      }
      timestamp = Long.toString(seconds);
      String signedPath = path.startsWith("/") ? path : "/" + path;
      signature = OdeoSignature.sign("POST", signedPath, "", "", seconds, body, SIGNING_KEY);
      path = signedPath;
    }
    boolean accepted;
    try {
      CALLBACKS.parse("POST", path, timestamp, signature, body).toString();
      accepted = true;
    } catch (PaySdkException rejectedOrMalformed) {
      accepted = false;
    }
    if (accepted && mode.equals("s") && Math.abs((double) Long.parseLong(timestamp) - NOW) > 300) {
      throw new AssertionError("Accepted a callback signed at " + timestamp + ", outside the skew");
    }
  }
}
