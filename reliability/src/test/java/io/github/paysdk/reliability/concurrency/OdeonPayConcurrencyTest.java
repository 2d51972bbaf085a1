package io.github.paysdk.reliability.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paysdk.odeonpay.OdeonPayClient;
import io.github.paysdk.odeonpay.payments.Card;
import io.github.paysdk.odeonpay.payments.ChargeRequest;
import io.github.paysdk.testing.odeonpay.OdeonPaySimulator;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * OdeonPay under load (Basic auth and a Content-HMAC per request, no tokens): no errors, each charge sent
 * once, no leaked connection.
 */
class OdeonPayConcurrencyTest {
  @Test
  void manyThreadsShareOneClient() throws InterruptedException {
    LoadRun load = new LoadRun();
    try (OdeonPaySimulator simulator = new OdeonPaySimulator("pbid_load", "load-api-secret")
        .requireSignatureKey("load-signature-key").clock(load.clock).start()) {
      try (OdeonPayClient odeonPay = OdeonPayClient.builder().publicId("pbid_load").apiSecret("load-api-secret")
          .signatureKey("load-signature-key").baseUrl(simulator.baseUrl()).httpClient(load.httpClient)
          .clock(load.clock).build()) {
        load.run("odeonpay", index -> {
          if (index % 16 == 0) {
            odeonPay.payments().charge(ChargeRequest.builder().amount(new BigDecimal("25.00")).currency("EUR")
                .name("Jane Roe").description("load").invoiceId("load-" + index)
                .accountId("jane.roe@example.com").ip("203.0.113.10")
                .card(Card.of("4200000000000000", "123", 12, 2049))
                .successRedirectUrl("https://shop.example/ok").failureRedirectUrl("https://shop.example/fail")
                .pendingRedirectUrl("https://shop.example/wait").build());
          } else {
            odeonPay.test();
          }
        });
      } finally {
        load.close();
      }
      load.assertHealthy();
      assertThat(LoadRun.callsTo(simulator, "POST", "/payments/charge/card")).as("each charge sent once")
          .isEqualTo(LoadRun.everyNth(16));
    }
  }
}
