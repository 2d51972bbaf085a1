package io.github.paysdk.odero.payment;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paysdk.core.json.JsonCodec;
import io.github.paysdk.core.logging.Redactor;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What the transport logs at TRACE for a payment body: no card number, no CVC. */
class CardRedactionTest {
  @Test
  void theTraceLogOfAPaymentBodyHidesTheCardNumberAndCvc() {
    Card card = Card.builder().cardHolderName("Haluk Demir").cardNumber("5258640000000001")
        .expireYear("2044").expireMonth("07").cvc("987").build();
    byte[] body = JsonCodec.standard().toBytes(
        InitThreeDsPaymentRequest.of(PaymentServiceTest.payment().card(card).build(), "https://x.example/cb"));

    String logged = Redactor.body(body, "application/json");

    assertThat(new String(body, StandardCharsets.UTF_8))
        .contains("5258640000000001").contains("987");
    assertThat(logged).doesNotContain("5258640000000001").doesNotContain("\"987\"")
        .contains("\"cvc\":\"[REDACTED]\"");
  }
}
