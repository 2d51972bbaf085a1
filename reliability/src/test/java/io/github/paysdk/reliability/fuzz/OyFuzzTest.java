package io.github.paysdk.reliability.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.paysdk.core.retry.RetryPolicy;
import io.github.paysdk.oy.OyClient;
import io.github.paysdk.oy.callback.OyCallbacks;
import io.github.paysdk.oy.disbursement.CreateDisbursementRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;

/**
 * Hostile input for OY!: arbitrary answers to a disbursement status query (read) and a disbursement
 * (money-moving) through the real client, and arbitrary bodies into the three callback parsers. (OY does
 * not sign callbacks; {@code CallbackVerifier} confirms them by re-query, whose answers are API responses.)
 */
class OyFuzzTest {
  private static FuzzServer server;
  private static OyClient oy;

  @BeforeAll
  static void start() {
    server = new FuzzServer().start();
    oy = OyClient.builder().username("fuzz").apiKey("fuzz-api-key").baseUrl(server.baseUrl())
        .retryPolicy(RetryPolicy.none()).build();
  }

  @AfterAll
  static void stop() {
    oy.close();
    server.close();
  }

  /** Lines: status, content type; then the body of a disbursement status query. */
  @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  @FuzzTest(maxDuration = "2m")
  void disbursementStatusResponse(byte[] data) {
    server.answerWith(FuzzInput.of(data, 2));
    Outcomes.typedOrPaySdkException(() -> oy.disbursement().status("trx-42"));
  }

  /** Lines: status, content type; then the body answering a disbursement. */
  @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  @FuzzTest(maxDuration = "2m")
  void createDisbursementResponse(byte[] data) {
    server.answerWith(FuzzInput.of(data, 2));
    Outcomes.typedOrPaySdkException(() -> oy.disbursement().create(CreateDisbursementRequest.builder()
        .recipientBank("014").recipientAccount("1239812390").amount(15_000).note("fuzz")
        .partnerTrxId("trx-42").build()));
  }

  /** Lines: which parser ({@code disbursement}, {@code va}, anything else: payment link); then the body. */
  @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  @FuzzTest(maxDuration = "2m")
  void callback(byte[] data) {
    FuzzInput input = FuzzInput.of(data, 1);
    byte[] body = input.body();
    switch (input.line(0)) {
      case "disbursement" -> Outcomes.typedOrPaySdkException(() -> OyCallbacks.parseDisbursement(body));
      case "va" -> Outcomes.typedOrPaySdkException(() -> OyCallbacks.parseVaPayment(body));
      default -> Outcomes.typedOrPaySdkException(() -> OyCallbacks.parsePaymentLink(body));
    }
  }
}
