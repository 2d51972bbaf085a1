package io.github.paysdk.odeonpay.apm;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paysdk.odeonpay.OdeonPayServerTest;
import io.github.paysdk.odeonpay.model.PayerData;
import io.github.paysdk.odeonpay.model.Transaction;
import io.github.paysdk.odeonpay.model.TransactionStatus;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ApmServiceTest extends OdeonPayServerTest {

  @Test
  void apmPayoutSendsTheDocsUpiExample() throws Exception {
    enqueueFixture("apm-payout.json");

    Transaction payout = client.apm().payout(ApmPayoutRequest.builder()
        .amount("700")
        .accountId("john@deer.com")
        .currency("INR")
        .description("Payment for products")
        .invoiceId("08072021-01")
        .name("John Deer")
        .data(PayerData.builder()
            .personId("9555777666@upi")
            .phone("9555777666")
            .address("Avishkar Ram Maruti Naupada 66 2")
            .paymentTypeId(ApmPaymentType.IN_UPI_PAYOUTS.id())
            .build())
        .build());

    assertThat(assertSignedPost(take(), "/payments/apm/payout")).isEqualTo(tree(fixture("apm-payout-request.json")));
    assertThat(payout.transactionId()).isEqualTo(8432893L);
    assertThat(payout.amount()).hasToString("700.0");
    assertThat(payout.transactionStatus()).isEqualTo(TransactionStatus.CREATED);
  }

  @Test
  void apmRefundSendsIdAndAmount() throws Exception {
    enqueueFixture("apm-refund.json");

    Transaction refund = client.apm().refund(8432820, new BigDecimal("700"));

    assertThat(assertSignedPost(take(), "/payments/apm/refund")).isEqualTo(tree(fixture("apm-refund-request.json")));
    // The doc's example answer is a copy of the APM payout answer; the SDK returns what it gets.
    assertThat(refund.transactionId()).isEqualTo(8432893L);
  }

  @Test
  void paymentTypesKeepTheDocsIdsAndToleratesNewOnes() {
    assertThat(ApmPaymentType.values()).hasSize(152);
    assertThat(ApmPaymentType.fromId(2)).isEqualTo(ApmPaymentType.APM_TEST_PAYOUT);
    assertThat(ApmPaymentType.fromId(56501).displayName()).isEqualTo("JazzCash");
    assertThat(ApmPaymentType.fromId(7088).availability()).isEqualTo(ApmPaymentType.Availability.PAYOUT);
    assertThat(ApmPaymentType.fromId(1005)).isEqualTo(ApmPaymentType.BR_BRADESCO_PAGUE_FACIL_1005);
    assertThat(ApmPaymentType.fromId(99999)).isEqualTo(ApmPaymentType.UNKNOWN);
  }
}
