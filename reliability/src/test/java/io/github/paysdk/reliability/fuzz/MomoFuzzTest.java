package io.github.paysdk.reliability.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.paysdk.core.retry.RetryPolicy;
import io.github.paysdk.momo.MomoClient;
import io.github.paysdk.momo.MomoEnvironment;
import io.github.paysdk.momo.ProductCredentials;
import io.github.paysdk.momo.callback.MomoCallbacks;
import io.github.paysdk.momo.model.Party;
import io.github.paysdk.momo.model.TransferRequest;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;

/**
 * Hostile input for MTN MoMo: arbitrary answers to a transfer status query (read), a transfer
 * (money-moving) and the token request through the real client, and arbitrary callbacks into the parser.
 * (MTN does not sign callbacks; {@code MomoCallbacks.confirm} checks them against the status query.)
 */
class MomoFuzzTest {
  private static final String TOKEN =
      "{\"access_token\":\"fuzz-token\",\"token_type\":\"access_token\",\"expires_in\":3600}";
  private static final UUID REFERENCE = UUID.fromString("5f6c7d8e-1a2b-4c3d-9e8f-0a1b2c3d4e5f");

  private static FuzzServer server;
  private static FuzzServer tokenServer;
  private static OkHttpClient http;
  private static MomoClient momo;

  @BeforeAll
  static void start() {
    http = new OkHttpClient.Builder().callTimeout(10, TimeUnit.SECONDS).build();
    server = new FuzzServer().fixed("/disbursement/token", TOKEN).start();
    tokenServer = new FuzzServer().start();
    momo = client(server);
  }

  @AfterAll
  static void stop() {
    momo.close();
    server.close();
    tokenServer.close();
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  private static MomoClient client(FuzzServer target) {
    return MomoClient.builder().environment(MomoEnvironment.SANDBOX).baseUrl(target.baseUrl())
        .disbursement(ProductCredentials.of("fuzz-subscription-key", UUID.randomUUID().toString(),
            "fuzz-api-key"))
        .httpClient(http).retryPolicy(RetryPolicy.none()).build();
  }

  /** Lines: status, content type; then the body of a transfer status query. */
  @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  @FuzzTest(maxDuration = "2m")
  void transferStatusResponse(byte[] data) {
    server.answerWith(FuzzInput.of(data, 2));
    Outcomes.typedOrPaySdkException(() -> momo.disbursement().transferStatus(REFERENCE));
  }

  /** Lines: status, content type; then the body answering a transfer. */
  @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  @FuzzTest(maxDuration = "2m")
  void transferResponse(byte[] data) {
    server.answerWith(FuzzInput.of(data, 2));
    Outcomes.typedOrPaySdkException(() -> momo.disbursement().transfer(TransferRequest.builder()
        .amount("40").currency("EUR").externalId("payout-1").payee(Party.msisdn("46733123453"))
        .payerMessage("Payout").payeeNote("fuzz").referenceId(REFERENCE).build()));
  }

  /** Lines: status, content type; then the body of the token endpoint's answer. */
  @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  @FuzzTest(maxDuration = "2m")
  void tokenResponse(byte[] data) {
    tokenServer.answerWith(FuzzInput.of(data, 2));
    try (MomoClient fresh = client(tokenServer)) {
      Outcomes.typedOrPaySdkException(() -> fresh.disbursement().transferStatus(REFERENCE));
    }
  }

  /** Lines: the HTTP method; then the callback body. */
  @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  @FuzzTest(maxDuration = "2m")
  void callback(byte[] data) {
    FuzzInput input = FuzzInput.of(data, 1);
    Outcomes.typedOrPaySdkException(() -> MomoCallbacks.parse(input.line(0), input.body()));
  }
}
