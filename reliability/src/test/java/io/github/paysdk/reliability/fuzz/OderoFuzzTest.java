package io.github.paysdk.reliability.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.paysdk.core.retry.RetryPolicy;
import io.github.paysdk.odero.OderoClient;
import io.github.paysdk.odero.model.Currency;
import io.github.paysdk.odero.model.PaymentGroup;
import io.github.paysdk.odero.payment.Card;
import io.github.paysdk.odero.payment.CreatePaymentRequest;
import io.github.paysdk.odero.payment.InitThreeDsPaymentRequest;
import io.github.paysdk.odero.payment.PaymentItem;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;

/**
 * Hostile input for Odero: arbitrary answers to a payment lookup (read), a card payment (money-moving) and
 * a 3-D Secure init (whose Base64 {@code htmlContent} the SDK decodes) through the real client. Odero
 * publishes no callback signature, so the SDK parses nothing else that arrives from outside.
 */
class OderoFuzzTest {
  private static FuzzServer server;
  private static OderoClient odero;

  @BeforeAll
  static void start() {
    server = new FuzzServer().start();
    odero = OderoClient.builder().apiKey("fuzz-api-key").secretKey("fuzz-secret-key")
        .baseUrl(server.baseUrl()).retryPolicy(RetryPolicy.none()).build();
  }

  @AfterAll
  static void stop() {
    odero.close();
    server.close();
  }

  /** Lines: status, content type; then the body of a payment lookup. */
  @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  @FuzzTest(maxDuration = "2m")
  void retrievePaymentResponse(byte[] data) {
    server.answerWith(FuzzInput.of(data, 2));
    Outcomes.typedOrPaySdkException(() -> odero.paymentReporting().retrievePayment(42L));
  }

  /** Lines: status, content type; then the body answering a card payment. */
  @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  @FuzzTest(maxDuration = "2m")
  void createPaymentResponse(byte[] data) {
    server.answerWith(FuzzInput.of(data, 2));
    Outcomes.typedOrPaySdkException(() -> odero.payments().createPayment(payment()));
  }

  /** Lines: status, content type; then the body answering a 3-D Secure init. */
  @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  @FuzzTest(maxDuration = "2m")
  void init3dsResponse(byte[] data) {
    server.answerWith(FuzzInput.of(data, 2));
    Outcomes.typedOrPaySdkException(() -> odero.payments().init3dsPayment(
        InitThreeDsPaymentRequest.of(payment(), "https://shop.example/3ds-callback")));
  }

  private static CreatePaymentRequest payment() {
    return CreatePaymentRequest.builder()
        .price(new BigDecimal("100.00")).paidPrice(new BigDecimal("100.00"))
        .currency(Currency.AZN).paymentGroup(PaymentGroup.PRODUCT).installment(1)
        .conversationId("fuzz-1")
        .card(Card.builder().cardHolderName("Aysel Mammadova").cardNumber("5400010000000004")
            .expireYear("2044").expireMonth("07").cvc("000").build())
        .addItem(PaymentItem.of("Book", new BigDecimal("100.00"), "book-1"))
        .build();
  }
}
