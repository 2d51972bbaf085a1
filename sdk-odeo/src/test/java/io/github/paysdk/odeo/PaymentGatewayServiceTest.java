package io.github.paysdk.odeo;

import static io.github.paysdk.odeo.SignedRequests.assertSigned;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.paysdk.odeo.paymentgateway.Payment;
import io.github.paysdk.odeo.paymentgateway.PaymentStatus;
import org.junit.jupiter.api.Test;

/** Each payment gateway endpoint: the exact request (§3.7 rows 12-13) and the parsed example response. */
class PaymentGatewayServiceTest extends OdeoMockServerTest {

  @Test
  void getPaymentById() {
    server.enqueueFixture("payment.json");

    Payment payment = odeo.paymentGateway().getPayment("123");

    assertSigned(server.onlyApiRequest(), "GET", "/pg/v1/payment/123", null, "",
        "EzU4wy5jf/AAFckiSp/jmZVvWESdo6PimmZ4Gk72Mf0=");
    assertThat(payment).isEqualTo(new Payment("123", 1_000_000, 5000, 50000, "EXAMPLE-REF-ID-001"));
    assertThat(payment.status()).isEqualTo(PaymentStatus.PAYMENT_IS_COMPLETED_OR_PAID);
  }

  @Test
  void getPaymentByReferenceId() {
    server.enqueueFixture("payment.json");

    Payment payment = odeo.paymentGateway().getPaymentByReferenceId("EXAMPLE-REF-ID-001");

    assertSigned(server.onlyApiRequest(), "GET", "/pg/v1/payment/reference-id/EXAMPLE-REF-ID-001", null,
        "", "AYUsBQsmajE9idsHKxjtLY9s06fdaUv2S+CUAOwiF/g=");
    assertThat(payment.paymentId()).isEqualTo("123");
  }

  @Test
  void getPaymentByEitherIdPicksTheOneGiven() {
    server.enqueueFixture("payment.json");

    odeo.paymentGateway().getPayment(null, "EXAMPLE-REF-ID-001");

    assertThat(server.onlyApiRequest().getUrl().encodedPath())
        .isEqualTo("/pg/v1/payment/reference-id/EXAMPLE-REF-ID-001");
  }
}
