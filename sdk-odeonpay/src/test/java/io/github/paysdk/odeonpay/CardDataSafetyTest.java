package io.github.paysdk.odeonpay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.paysdk.odeonpay.internal.ChargeBody;
import io.github.paysdk.odeonpay.payments.Card;
import io.github.paysdk.odeonpay.payments.ChargeRequest;
import io.github.paysdk.odeonpay.payouts.CardPayoutRequest;
import io.github.paysdk.odeonpay.payouts.TokenPayoutRequest;
import io.github.paysdk.core.testing.CapturedLogs;
import org.junit.jupiter.api.Test;

/** The card number and CVV never reach a log line, a toString() or an exception message. */
class CardDataSafetyTest extends OdeonPayServerTest {
  private static final String PAN = "4111111111111111";
  private static final String CVV = "987";

  private static ChargeRequest charge() {
    return ChargeRequest.builder()
        .amount("10.00").currency("EUR").name("John Doe").description("Payment").ip("10.0.0.1")
        .invoiceId("safety-1")
        .card(Card.of(PAN, CVV, 12, 2049))
        .build();
  }

  @Test
  void toStringsShowFirstSixAndLastFourAtMost() {
    Card card = Card.of(PAN, CVV, 12, 2049);
    CardPayoutRequest payout = CardPayoutRequest.builder().pan(PAN).name("J").amount("1").currency("EUR").build();
    TokenPayoutRequest token = TokenPayoutRequest.builder().token("8163-KS17-JV29-KF28").amount("1")
        .accountId("a@b.c").currency("EUR").build();

    for (Object value : new Object[] {card, charge(), payout, ChargeBody.of(PUBLIC_ID, charge())}) {
      assertThat(value.toString()).doesNotContain(PAN).doesNotContain(CVV).contains("411111******1111");
    }
    assertThat(token.toString()).doesNotContain("8163-KS17-JV29-KF28");
  }

  @Test
  void traceLogsOfAChargeContainNeitherCardNumberNorCvv() {
    enqueue(200, "{\"success\":false,\"message\":\"Declined\",\"model\":{\"transactionId\":1,"
        + "\"statusCode\":99,\"status\":\"Declined\",\"reasonCode\":5051,\"reason\":\"Insufficient Funds\"}}");
    enqueue(500, "<html>oops</html>");
    CapturedLogs.clear();
    client.payments().charge(charge());
    Throwable failure = catchThrowable(() -> client.payments().charge(charge()));
    String logs = String.join("\n", CapturedLogs.lines());

    assertThat(logs).as("trace logging is on").contains("/payments/charge/card");
    assertThat(logs).doesNotContain(PAN).doesNotContain("\"" + CVV + "\"").doesNotContain(SIGNATURE_KEY)
        .doesNotContain(BASIC.substring(6));
    assertThat(failure).isNotNull();
    assertThat(failure.getMessage()).doesNotContain(PAN).doesNotContain(CVV);
  }
}
