package io.github.paysdk.reliability.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.paysdk.core.retry.RetryPolicy;
import io.github.paysdk.odeonpay.OdeonPayClient;
import io.github.paysdk.odeonpay.internal.ContentHmac;
import io.github.paysdk.odeonpay.notifications.OdeonPayNotifications;
import io.github.paysdk.odeonpay.payments.Card;
import io.github.paysdk.odeonpay.payments.ChargeRequest;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;

/**
 * Hostile input for OdeonPay: arbitrary answers to a status query (read) and a card charge (money-moving)
 * through the real client, and arbitrary notifications into the {@code Content-HMAC} verifier and parser.
 */
class OdeonPayFuzzTest {
  private static final String API_SECRET = "fuzz-api-secret";
  private static final OdeonPayNotifications NOTIFICATIONS = OdeonPayNotifications.create(API_SECRET);

  private static FuzzServer server;
  private static OdeonPayClient odeonPay;

  @BeforeAll
  static void start() {
    server = new FuzzServer().start();
    odeonPay = OdeonPayClient.builder().publicId("pk_fuzz").apiSecret(API_SECRET)
        .signatureKey("fuzz-signature-key").baseUrl(server.baseUrl())
        .retryPolicy(RetryPolicy.none()).build();
  }

  @AfterAll
  static void stop() {
    odeonPay.close();
    server.close();
  }

  /** Lines: status, content type; then the body of a payment status query. */
  @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  @FuzzTest(maxDuration = "2m")
  void statusResponse(byte[] data) {
    server.answerWith(FuzzInput.of(data, 2));
    Outcomes.typedOrPaySdkException(() -> odeonPay.payments().status(12345L));
  }

  /** Lines: status, content type; then the body answering a card charge. */
  @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  @FuzzTest(maxDuration = "2m")
  void chargeResponse(byte[] data) {
    server.answerWith(FuzzInput.of(data, 2));
    Outcomes.typedOrPaySdkException(() -> odeonPay.payments().charge(ChargeRequest.builder()
        .amount(new BigDecimal("25.00")).currency("EUR").name("Jane Roe").description("Order 1")
        .invoiceId("order-1").ip("203.0.113.10").card(Card.of("4242424242424242", "123", 12, 2049))
        .successRedirectUrl("https://shop.example/ok").failureRedirectUrl("https://shop.example/fail")
        .build()));
  }

  /**
   * Lines: mode, Content-HMAC; then the raw body. Mode {@code S} signs the body correctly (so the parser
   * sees every body), anything else sends the given header as is.
   */
  @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  @FuzzTest(maxDuration = "2m")
  void notification(byte[] data) {
    FuzzInput input = FuzzInput.of(data, 2);
    byte[] body = input.body();
    String header = input.line(0).equals("S") ? ContentHmac.compute(API_SECRET, body) : input.line(1);
    Outcomes.typedOrPaySdkException(() -> NOTIFICATIONS.parse(body, header));
  }
}
