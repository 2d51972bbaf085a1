package io.github.paysdk.odeonpay;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paysdk.odeonpay.notifications.Notification;
import io.github.paysdk.odeonpay.notifications.NotificationReply;
import io.github.paysdk.odeonpay.payments.Card;
import io.github.paysdk.odeonpay.payments.ChargeRequest;
import io.github.paysdk.odeonpay.payments.ChargeResult;
import io.github.paysdk.testing.odeonpay.DeliveredNotification;
import io.github.paysdk.testing.odeonpay.OdeonPaySimulator;
import java.io.IOException;
import java.math.BigDecimal;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;

/** The code of the README quick start, run against the simulator. */
class ReadmeQuickStartTest {

  @Test
  void quickStartWorks() throws IOException {
    try (MockWebServer receiver = new MockWebServer()) {
      receiver.start();
      receiver.enqueue(new MockResponse.Builder().code(200).body(NotificationReply.ok().body()).build());
      try (OdeonPaySimulator simulator = new OdeonPaySimulator("pbid_readme", "readme-secret")
              .requireSignatureKey("readme-key").notifyTo(receiver.url("/hook").toString()).start();
          OdeonPayClient odeonPay = OdeonPayClient.builder()
              .publicId("pbid_readme")
              .apiSecret("readme-secret")
              .signatureKey("readme-key")
              .baseUrl(simulator.baseUrl())
              .build()) {

        ChargeResult result = odeonPay.payments().charge(ChargeRequest.builder()
            .amount(new BigDecimal("25.00")).currency("EUR")
            .name("Jane Roe").description("Order 42").invoiceId("order-42")
            .ip("203.0.113.10").accountId("jane@example.com")
            .card(Card.of("4242424242424242", "123", 12, 2049))
            .successRedirectUrl("https://shop.example/ok").failureRedirectUrl("https://shop.example/fail")
            .build());
        assertThat(result).isInstanceOf(ChargeResult.Completed.class);

        DeliveredNotification sent = simulator.notifications().get(0);
        Notification n = odeonPay.notifications().parse(sent.body(), sent.contentHmac());
        assertThat(n).isInstanceOf(Notification.PaymentSuccess.class);
        assertThat(NotificationReply.ok().body()).isEqualTo("{\"code\":0}");
      }
    }
  }
}
