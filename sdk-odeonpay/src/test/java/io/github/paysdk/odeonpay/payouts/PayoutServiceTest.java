package io.github.paysdk.odeonpay.payouts;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paysdk.odeonpay.OdeonPayServerTest;
import io.github.paysdk.odeonpay.model.PayerData;
import io.github.paysdk.odeonpay.model.Transaction;
import io.github.paysdk.odeonpay.model.TransactionStatus;
import java.time.LocalDate;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class PayoutServiceTest extends OdeonPayServerTest {

  @Test
  void payoutByTokenSendsTheDocsRequest() throws Exception {
    enqueueFixture("payout-token.json");

    Transaction payout = client.payouts().byToken(TokenPayoutRequest.builder()
        .token("8163-KS17-JV29-KF28")
        .amount("12.30")
        .accountId("john@doe.com")
        .currency("EUR")
        .build());

    RecordedRequest request = take();
    assertThat(assertSignedPost(request, "/payments/payout")).isEqualTo(tree(fixture("payout-token-request.json")));
    assertThat(request.getBody().utf8()).contains("\"amount\":12.30");
    assertThat(payout.transactionId()).isEqualTo(2533L);
    assertThat(payout.transactionStatus()).isEqualTo(TransactionStatus.PAYOUT_COMPLETED);
    assertThat(payout.invoiceId()).isNull();
    assertThat(payout.name()).isEqualTo("John Doe");
  }

  @Test
  void payoutToCardSendsDataAsAnObject() throws Exception {
    enqueueFixture("payout-card.json");

    Transaction payout = client.payouts().toCard(CardPayoutRequest.builder()
        .pan("4242424242424242")
        .name("John Doe")
        .amount("12.30")
        .currency("EUR")
        .invoiceId("11928485")
        .data(PayerData.builder()
            .phone("+999389235")
            .address("Wall street 65")
            .city("New York")
            .countryCode("US")
            .birthDate(LocalDate.of(1980, 11, 25))
            .build())
        .build());

    assertThat(assertSignedPost(take(), "/payments/payout/card")).isEqualTo(tree(fixture("payout-card-request.json")));
    assertThat(payout.isSuccessful()).isTrue();
    assertThat(payout.accountId()).isNull();
    assertThat(payout.invoiceId()).isEqualTo("11928485");
  }

  @Test
  void aDeclinedPayoutIsReturnedNotThrown() {
    enqueue(200, "{\"success\":false,\"message\":\"Declined\",\"model\":{\"transactionId\":9,\"statusCode\":99,"
        + "\"status\":\"Declined\",\"reasonCode\":5051,\"reason\":\"Insufficient Funds\"}}");

    Transaction payout = client.payouts().byToken(TokenPayoutRequest.builder()
        .token("8163-KS17-JV29-KF28").amount("1").accountId("a@b.c").currency("EUR").build());

    assertThat(payout.isDeclined()).isTrue();
    assertThat(payout.reasonCode()).isEqualTo(5051);
  }
}
