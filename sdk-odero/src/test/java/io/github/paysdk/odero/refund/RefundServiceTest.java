package io.github.paysdk.odero.refund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.paysdk.core.error.PaySdkException;
import io.github.paysdk.core.error.ValidationException;
import io.github.paysdk.odero.MockOdero;
import io.github.paysdk.odero.model.Currency;
import io.github.paysdk.odero.model.RefundDestinationType;
import io.github.paysdk.odero.model.RefundStatus;
import io.github.paysdk.odero.model.RefundType;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RefundServiceTest {
  private final MockOdero odero = new MockOdero();
  private final RefundService refunds = odero.client.refunds();

  @AfterEach
  void close() {
    odero.close();
  }

  @Test
  void refundPaymentPostsTheSpecBodyAndParsesTheRefund() {
    odero.enqueueFixture("refund.json");

    Refund refund = refunds.refundPayment(RefundPaymentRequest.of(100042, "order-42"));

    RecordedRequest request = odero.takeSigned();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getTarget()).isEqualTo("/payment/v1/refunds");
    // Byte for byte the body of spec vector V3.
    assertThat(request.getBody().utf8())
        .isEqualTo("{\"paymentId\":100042,\"conversationId\":\"order-42\",\"refundDestinationType\":\"CARD\"}");

    assertThat(refund.id()).isEqualTo(501L);
    assertThat(refund.conversationId()).isEqualTo("order-42");
    assertThat(refund.createdDate()).isEqualTo(LocalDateTime.of(2024, 3, 11, 9, 0));
    assertThat(refund.status()).isEqualTo(RefundStatus.SUCCESS);
    assertThat(refund.refundPrice()).isEqualByComparingTo("100");
    assertThat(refund.refundBankPrice()).isEqualByComparingTo("100");
    assertThat(refund.refundWalletPrice()).isEqualByComparingTo("0");
    assertThat(refund.refundType()).isEqualTo(RefundType.CANCEL);
    assertThat(refund.refundDestinationType()).isEqualTo(RefundDestinationType.CARD);
    assertThat(refund.currency()).isEqualTo(Currency.AZN);
    assertThat(refund.paymentId()).isEqualTo(100042L);
    assertThat(refund.paymentTransactionRefunds()).extracting(TransactionRefund::paymentTransactionId)
        .containsExactly(9001L, 9002L);
    assertThat(refund.paymentTransactionRefunds().get(1).refundPrice()).isEqualByComparingTo("70");
  }

  @Test
  void refundWithoutConversationIdOmitsItAndIsLookedUpByPaymentId() {
    odero.server.enqueue(new MockResponse.Builder().code(500).body("").build());
    PaySdkException e = catchThrowableOfType(PaySdkException.class,
        () -> refunds.refundPayment(new RefundPaymentRequest(100042, null, RefundDestinationType.WALLET)));
    RecordedRequest request = odero.takeSigned();
    assertThat(request.getBody().utf8()).isEqualTo("{\"paymentId\":100042,\"refundDestinationType\":\"WALLET\"}");
    assertThat(e.isOutcomeUnknown()).isTrue();
    assertThat(e.lookupKey()).isEqualTo("100042");
    assertThat(odero.server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void refundTransactionPostsThePartialAmount() {
    odero.enqueueFixture("transaction-refund.json");

    TransactionRefund refund = refunds.refundTransaction(RefundTransactionRequest.builder()
        .paymentTransactionId(9001).conversationId("refund-item-1").refundPrice(new BigDecimal("10.00"))
        .build());

    RecordedRequest request = odero.takeSigned();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getTarget()).isEqualTo("/payment/v1/refund-transactions");
    assertThat(request.getBody().utf8()).isEqualTo("{\"paymentTransactionId\":9001,"
        + "\"conversationId\":\"refund-item-1\",\"refundPrice\":10.00,\"refundDestinationType\":\"CARD\"}");
    assertThat(refund).isEqualTo(new TransactionRefund(601L, "refund-item-1",
        LocalDateTime.of(2024, 3, 11, 10, 0), RefundStatus.SUCCESS, true, new BigDecimal("10.00"),
        new BigDecimal("10.00"), new BigDecimal("0"), Currency.AZN, 9001L, 100042L,
        RefundDestinationType.CARD));
  }

  @Test
  void refundTransactionFailureNamesTheTransactionToLookUp() {
    odero.server.enqueue(new MockResponse.Builder().code(503).body("").build());
    PaySdkException e = catchThrowableOfType(PaySdkException.class, () -> refunds.refundTransaction(
        RefundTransactionRequest.builder().paymentTransactionId(9001).build()));
    assertThat(e.isOutcomeUnknown()).isTrue();
    assertThat(e.lookupKey()).isEqualTo("9001");
    assertThat(odero.server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void retrieveRefundGetsById() {
    odero.enqueueFixture("refund.json");
    assertThat(refunds.retrieveRefund(501).id()).isEqualTo(501L);
    RecordedRequest request = odero.takeSigned();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getTarget()).isEqualTo("/payment/v1/refunds/501");
  }

  @Test
  void retrieveTransactionRefundGetsById() {
    odero.enqueueFixture("transaction-refund.json");
    assertThat(refunds.retrieveTransactionRefund(601).paymentTransactionId()).isEqualTo(9001L);
    RecordedRequest request = odero.takeSigned();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getTarget()).isEqualTo("/payment/v1/refund-transactions/601");
  }

  @Test
  void searchTransactionRefundsSendsOnlyTheGivenFiltersAndReadsBothAmountNames() {
    odero.enqueueFixture("transaction-refunds.json");

    List<TransactionRefund> found = refunds.searchTransactionRefunds(
        new SearchTransactionRefundsRequest(100042L, "refund item", null));

    RecordedRequest request = odero.takeSigned();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getTarget())
        .isEqualTo("/payment/v1/refund-transactions?paymentId=100042&conversationId=refund%20item");
    assertThat(found).extracting(TransactionRefund::id).containsExactly(601L, 602L);
    assertThat(found.get(0).refundPrice()).isEqualByComparingTo("10.00");
    assertThat(found.get(1).refundPrice()).isEqualByComparingTo("5.50");
    assertThat(found.get(1).refundDestinationType()).isEqualTo(RefundDestinationType.WALLET);
  }

  @Test
  void badRefundsAreRejectedBeforeAnyRequest() {
    assertThat(catchThrowableOfType(ValidationException.class,
        () -> RefundPaymentRequest.of(0, "x")).field()).isEqualTo("paymentId");
    assertThat(catchThrowableOfType(ValidationException.class,
        () -> new RefundPaymentRequest(1, "x", null)).field()).isEqualTo("refundDestinationType");
    assertThat(catchThrowableOfType(ValidationException.class,
        () -> RefundTransactionRequest.builder().build()).field()).isEqualTo("paymentTransactionId");
    assertThat(catchThrowableOfType(ValidationException.class, () -> RefundTransactionRequest.builder()
        .paymentTransactionId(1).refundPrice(BigDecimal.ZERO).build()).field()).isEqualTo("refundPrice");
    assertThat(catchThrowableOfType(ValidationException.class, () -> RefundTransactionRequest.builder()
        .paymentTransactionId(1).refundPrice(new BigDecimal("-3")).build()).field()).isEqualTo("refundPrice");
    assertThat(catchThrowableOfType(ValidationException.class,
        () -> new SearchTransactionRefundsRequest(null, " ", null)).getMessage()).contains("at least one");
    assertThat(catchThrowableOfType(ValidationException.class,
        () -> refunds.retrieveRefund(0)).field()).isEqualTo("refundId");
    assertThat(odero.server.getRequestCount()).isZero();
  }
}
