package io.github.paysdk.odero;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paysdk.odero.refund.SearchTransactionRefundsRequest;
import io.github.paysdk.odero.reporting.SearchPaymentsRequest;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The query-string rules: unset values are not sent, a space goes out as {@code %20} (never {@code +}),
 * a literal {@code +} as {@code %2B}, and the signature covers the URL-decoded form of exactly what was
 * sent (checked by {@link MockOdero#takeSigned()} with its own decoder).
 */
class QueryStringTest {
  private final MockOdero odero = new MockOdero();

  @AfterEach
  void close() {
    odero.close();
  }

  @Test
  void nullValuesAreSkipped() {
    odero.enqueue(200, "{\"data\":{\"items\":[]}}");
    odero.client.refunds().searchTransactionRefunds(SearchTransactionRefundsRequest.byPaymentTransactionId(9));
    assertThat(odero.takeSigned().getTarget()).isEqualTo("/payment/v1/refund-transactions?paymentTransactionId=9");
  }

  @Test
  void aSpaceIsSentAsPercent20AndSignedDecoded() {
    odero.enqueue(200, "{\"data\":{\"items\":[]}}");
    odero.client.paymentReporting().searchPayments(
        SearchPaymentsRequest.builder().conversationId("order 42").build());
    RecordedRequest request = odero.takeSigned();
    assertThat(request.getTarget()).endsWith("conversationId=order%2042").doesNotContain("+");
  }

  @Test
  void aPlusIsSentEncodedSoItIsNotDecodedToASpace() {
    odero.enqueue(200, "{\"data\":{\"items\":[]}}");
    odero.client.paymentReporting().searchPayments(
        SearchPaymentsRequest.builder().conversationId("a+b&c=d/é").build());
    RecordedRequest request = odero.takeSigned();
    assertThat(request.getTarget()).endsWith("conversationId=a%2Bb%26c%3Dd%2F%C3%A9");
    assertThat(request.getUrl().queryParameter("conversationId")).isEqualTo("a+b&c=d/é");
  }

  @Test
  void signatureMatchesTheSpecVectorForTheSameDecodedUrl() {
    // V2 of the spec signs ".../payments?page=0&size=10&conversationId=order 42&paymentStatus=SUCCESS&";
    // whatever encoding is sent, the signature is over its decoded form.
    String sent = "https://sbx-api-gateway.odero.az/payment-reporting/v1/payments?page=0&size=10"
        + "&conversationId=order%2042&paymentStatus=SUCCESS&";
    assertThat(MockOdero.expectedSignature(sent, "sandbox-az-api-key-1", "sandbox-az-secret-1",
        "5f0c2a4e-8b1d-4c3e-9f7a-2d6b1e0c9a88", ""))
        .isEqualTo("msDZul436lX61JzPnswgWsSUsGE7U33YyZCxiSNvUEA=");
  }
}
