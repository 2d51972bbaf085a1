package io.github.paysdk.reliability.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paysdk.odero.OderoClient;
import io.github.paysdk.odero.model.Currency;
import io.github.paysdk.odero.model.PaymentGroup;
import io.github.paysdk.odero.payment.Card;
import io.github.paysdk.odero.payment.CreatePaymentRequest;
import io.github.paysdk.odero.payment.PaymentItem;
import io.github.paysdk.testing.odero.OderoSimulator;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Odero under load (a signature per request, no tokens): no errors, each payment sent once, no leaked connection. */
class OderoConcurrencyTest {
  @Test
  void manyThreadsShareOneClient() throws InterruptedException {
    LoadRun load = new LoadRun();
    try (OderoSimulator simulator = OderoSimulator.started("load-api-key", "load-secret-key")) {
      simulator.clock(load.clock);
      try (OderoClient odero = OderoClient.builder().apiKey("load-api-key").secretKey("load-secret-key")
          .baseUrl(simulator.baseUrl()).httpClient(load.httpClient).clock(load.clock).build()) {
        load.run("odero", index -> {
          if (index % 16 == 0) {
            odero.payments().createPayment(CreatePaymentRequest.builder().price(new BigDecimal("100.00"))
                .paidPrice(new BigDecimal("100.00")).currency(Currency.AZN).paymentGroup(PaymentGroup.PRODUCT)
                .installment(1).conversationId("load-" + index)
                .card(Card.builder().cardHolderName("Aysel Mammadova").cardNumber("5258640000000001")
                    .expireYear("2044").expireMonth("07").cvc("000").build())
                .addItem(PaymentItem.of("Book", new BigDecimal("100.00"), "book-1"))
                .build());
          } else {
            odero.installments().retrieveBin("525864");
          }
        });
      } finally {
        load.close();
      }
      load.assertHealthy();
      assertThat(LoadRun.callsTo(simulator, "POST", "/payment/v1/card-payments")).as("each payment sent once")
          .isEqualTo(LoadRun.everyNth(16));
      assertThat(simulator.paymentCount()).isEqualTo((int) LoadRun.everyNth(16));
    }
  }
}
