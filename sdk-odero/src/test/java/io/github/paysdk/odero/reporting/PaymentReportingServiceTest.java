package io.github.paysdk.odero.reporting;

import static io.github.paysdk.odero.MockOdero.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.paysdk.core.error.ValidationException;
import io.github.paysdk.core.paging.Page;
import io.github.paysdk.odero.MockOdero;
import io.github.paysdk.odero.model.CardAssociation;
import io.github.paysdk.odero.model.CardType;
import io.github.paysdk.odero.model.ConnectorType;
import io.github.paysdk.odero.model.Currency;
import io.github.paysdk.odero.model.PaymentError;
import io.github.paysdk.odero.model.PaymentStatus;
import io.github.paysdk.odero.model.PaymentType;
import io.github.paysdk.odero.model.Payout;
import io.github.paysdk.odero.model.PayoutStatus;
import io.github.paysdk.odero.model.RefundDestinationType;
import io.github.paysdk.odero.model.RefundStatus;
import io.github.paysdk.odero.model.TransactionStatus;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PaymentReportingServiceTest {
  private final MockOdero odero = new MockOdero();
  private final PaymentReportingService reporting = odero.client.paymentReporting();

  @AfterEach
  void close() {
    odero.close();
  }

  @Test
  void retrievePaymentSendsASignedGet() {
    odero.enqueueFixture("payment-detail.json");

    reporting.retrievePayment(100042);

    RecordedRequest request = odero.takeSigned();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getTarget()).isEqualTo("/payment-reporting/v1/payments/100042");
    assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
    assertThat(request.getBodySize()).isZero();
  }

  @Test
  void retrievePaymentParsesTheWholeSeedModel() {
    odero.enqueueFixture("payment-detail.json");

    PaymentDetail p = reporting.retrievePayment(100042);

    assertThat(p.id()).isEqualTo(100042L);
    assertThat(p.createdDate()).isEqualTo(LocalDateTime.of(2024, 3, 10, 10, 51, 39));
    assertThat(p.updatedDate()).isEqualTo(LocalDateTime.of(2024, 3, 10, 11, 2, 5, 123_000_000));
    assertThat(p.orderId()).isEqualTo("bank-order-7781");
    assertThat(p.price()).isEqualByComparingTo("100.00");
    assertThat(p.price().scale()).isEqualTo(2);
    assertThat(p.paidPrice()).isEqualByComparingTo("100");
    assertThat(p.walletPrice()).isEqualByComparingTo("0");
    assertThat(p.paymentType()).isEqualTo(PaymentType.CARD_PAYMENT);
    assertThat(p.currency()).isEqualTo(Currency.AZN);
    assertThat(p.paymentStatus()).isEqualTo(PaymentStatus.SUCCESS);
    assertThat(p.conversationId()).isEqualTo("order-42");
    assertThat(p.connectorType()).isEqualTo(ConnectorType.TOKENPOS);
    assertThat(p.paymentCommission()).isEqualTo(new PaymentCommission(
        new BigDecimal("1.75"), new BigDecimal("0"), new BigDecimal("0")));

    PaymentCard card = p.paymentCard();
    assertThat(card).isEqualTo(new PaymentCard(CardType.CREDIT_CARD, CardAssociation.MASTER_CARD, "World",
        "Haluk Demir", "525864", "0001", 3, true, 1, new BigDecimal("1.75"), new BigDecimal("0.5"),
        new BigDecimal("0.50"), new PaymentError("10005", "DO_NOT_HONOUR", "DECLINED",
            "First attempt declined by the bank")));

    assertThat(p.paymentRefunds()).containsExactly(new PaymentRefund(501L,
        LocalDateTime.of(2024, 3, 11, 9, 0), RefundStatus.FAILURE, RefundDestinationType.CARD,
        new BigDecimal("100.00"), new BigDecimal("0"), new BigDecimal("0"), "refund-all-42",
        PaymentType.CARD_PAYMENT, new PaymentError("10012", "INVALID_TRANSACTION", "INVALID",
            "Refund rejected")));

    assertThat(p.paymentTransactions()).hasSize(2);
    PaymentTransactionDetail t = p.paymentTransactions().get(0);
    assertThat(t.id()).isEqualTo(9001L);
    assertThat(t.createdDate()).isEqualTo(LocalDateTime.of(2024, 3, 10, 10, 51, 39));
    assertThat(t.externalId()).isEqualTo("item-1");
    assertThat(t.transactionStatus()).isEqualTo(TransactionStatus.APPROVED);
    assertThat(t.transactionStatusDate()).isEqualTo(LocalDateTime.of(2024, 3, 10, 10, 52));
    assertThat(t.price()).isEqualByComparingTo("30");
    assertThat(t.paidPrice()).isEqualByComparingTo("30");
    assertThat(t.walletPrice()).isEqualByComparingTo("0");
    assertThat(t.merchantPayoutAmount()).isEqualByComparingTo("2.70");
    assertThat(t.subMerchantId()).isEqualTo(77L);
    assertThat(t.subMerchantName()).isEqualTo("Baku Books");
    assertThat(t.subMerchantPrice()).isEqualByComparingTo("27");
    assertThat(t.subMerchantPayoutRate()).isEqualByComparingTo("0.9");
    assertThat(t.subMerchantPayoutAmount()).isEqualByComparingTo("26.48");
    assertThat(t.payout()).isEqualTo(new Payout(new BigDecimal("30.00"), Currency.AZN,
        new BigDecimal("2.70"), new BigDecimal("26.48"), new BigDecimal("0.82"), new BigDecimal("0"),
        new BigDecimal("0"), PayoutStatus.WAITING_FOR_PAYOUT, PayoutStatus.PAYOUT_COMPLETED,
        LocalDateTime.of(2024, 3, 10, 10, 52), LocalDateTime.of(2024, 3, 12, 8, 0)));
    assertThat(t.paymentTransactionCard()).isEqualTo(new PaymentTransactionCard(
        new BigDecimal("0.5"), new BigDecimal("0.15"), new BigDecimal("0.52")));
    assertThat(t.paymentTransactionRefunds()).containsExactly(
        new PaymentTransactionRefund(601L, LocalDateTime.of(2024, 3, 11, 10, 0), RefundStatus.SUCCESS,
            RefundDestinationType.CARD, new BigDecimal("10.00"), new BigDecimal("10.00"),
            new BigDecimal("0"), "refund-item-1", PaymentType.CARD_PAYMENT, false, null),
        new PaymentTransactionRefund(602L, LocalDateTime.of(2024, 3, 12, 10, 0), RefundStatus.FAILURE,
            RefundDestinationType.WALLET, new BigDecimal("5.50"), new BigDecimal("0"),
            new BigDecimal("0"), "refund-item-1b", PaymentType.CARD_PAYMENT, true,
            new PaymentError("10200", "UNKNOWN", "GENERAL", "Bank unavailable")));

    PaymentTransactionDetail second = p.paymentTransactions().get(1);
    assertThat(second.subMerchantId()).isNull();
    assertThat(second.payout().merchantPayoutStatus()).isNull();
    assertThat(second.paymentTransactionRefunds()).isEmpty();
  }

  @Test
  void isThreeDsIsReadFromItsWireName() {
    odero.enqueue(200, "{\"data\":{\"id\":1,\"paymentCard\":{\"isThreeDS\":false}}}");
    assertThat(reporting.retrievePayment(1).paymentCard().threeDS()).isFalse();
    odero.enqueue(200, "{\"data\":{\"id\":1,\"paymentCard\":{\"isThreeDS\":true}}}");
    assertThat(reporting.retrievePayment(1).paymentCard().threeDS()).isTrue();
  }

  @Test
  void unknownEnumValuesBecomeUnknown() {
    odero.enqueue(200, "{\"data\":{\"id\":1,\"paymentStatus\":\"WAITING\",\"currency\":\"GBP\","
        + "\"paymentType\":\"APM\",\"paymentCard\":{\"cardAssociation\":\"JCB\",\"cardType\":\"X\"},"
        + "\"paymentRefunds\":[{\"refundStatus\":\"WAITING\",\"refundDestinationType\":\"PROVIDER\"}],"
        + "\"paymentTransactions\":[{\"transactionStatus\":\"NEW\",\"payout\":{\"currency\":\"KZT\"}}]}}");

    PaymentDetail p = reporting.retrievePayment(1);

    assertThat(p.paymentStatus()).isEqualTo(PaymentStatus.UNKNOWN);
    assertThat(p.currency()).isEqualTo(Currency.UNKNOWN);
    assertThat(p.paymentType()).isEqualTo(PaymentType.UNKNOWN);
    assertThat(p.paymentCard().cardAssociation()).isEqualTo(CardAssociation.UNKNOWN);
    assertThat(p.paymentCard().cardType()).isEqualTo(CardType.UNKNOWN);
    assertThat(p.paymentRefunds().get(0).refundStatus()).isEqualTo(RefundStatus.UNKNOWN);
    assertThat(p.paymentRefunds().get(0).refundDestinationType()).isEqualTo(RefundDestinationType.UNKNOWN);
    assertThat(p.paymentTransactions().get(0).transactionStatus()).isEqualTo(TransactionStatus.UNKNOWN);
    assertThat(p.paymentTransactions().get(0).payout().currency()).isEqualTo(Currency.UNKNOWN);
  }

  @Test
  void missingListsAreEmpty() {
    odero.enqueue(200, "{\"data\":{\"id\":1}}");
    PaymentDetail p = reporting.retrievePayment(1);
    assertThat(p.paymentRefunds()).isEmpty();
    assertThat(p.paymentTransactions()).isEmpty();
  }

  @Test
  void searchSendsEveryFilterInOrderAndSkipsUnsetOnes() {
    odero.enqueue(200, "{\"data\":{\"items\":[],\"page\":2,\"size\":5,\"totalSize\":0}}");

    reporting.searchPayments(SearchPaymentsRequest.builder()
        .page(2).size(5)
        .paymentIds(1L, 2L).paymentTransactionIds(3L).subMerchantIds(4L, 5L).itemExternalIds("a b", "c")
        .paymentStatus(PaymentStatus.SUCCESS).connectorType(ConnectorType.TOKENGATE).currency(Currency.AZN)
        .binNumber("525864").lastFourDigits("0001")
        .minPrice(new BigDecimal("1.50")).minPaidPrice(new BigDecimal("1"))
        .maxPrice(new BigDecimal("1E+3")).maxPaidPrice(new BigDecimal("999.99"))
        .installment(3).conversationId("order 42").threeDS(true)
        .minCreatedDate(LocalDateTime.of(2024, 3, 1, 0, 0))
        .maxCreatedDate(LocalDateTime.of(2024, 3, 31, 23, 59, 59, 999_000_000))
        .build());

    RecordedRequest request = odero.takeSigned();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getTarget()).isEqualTo("/payment-reporting/v1/payments?page=2&size=5"
        + "&paymentIds=1%2C2&paymentTransactionIds=3&subMerchantIds=4%2C5&itemExternalIds=a%20b%2Cc"
        + "&paymentStatus=SUCCESS&connectorType=TOKENGATE&currency=AZN&binNumber=525864"
        + "&lastFourDigits=0001&minPrice=1.50&minPaidPrice=1&maxPrice=1000&maxPaidPrice=999.99"
        + "&installment=3&conversationId=order%2042&isThreeDS=true"
        + "&minCreatedDate=2024-03-01T00%3A00%3A00&maxCreatedDate=2024-03-31T23%3A59%3A59");
  }

  @Test
  void searchWithDefaultsSendsOnlyPaging() {
    odero.enqueue(200, "{\"data\":{\"items\":[]}}");
    Page<PaymentDetail> page = reporting.searchPayments(SearchPaymentsRequest.builder().build());
    assertThat(odero.takeSigned().getTarget()).isEqualTo("/payment-reporting/v1/payments?page=0&size=10");
    assertThat(page.items()).isEmpty();
    assertThat(page.hasNextPage()).isFalse();
  }

  @Test
  void searchAutoPagesUntilTotalSizeIsReached() {
    odero.enqueue(200, "{\"data\":{\"items\":[{\"id\":1},{\"id\":2}],\"page\":0,\"size\":2,\"totalSize\":5}}");
    odero.enqueue(200, "{\"data\":{\"items\":[{\"id\":3},{\"id\":4}],\"page\":1,\"size\":2,\"totalSize\":5}}");
    odero.enqueue(200, "{\"data\":{\"items\":[{\"id\":5}],\"page\":2,\"size\":2,\"totalSize\":5}}");

    Page<PaymentDetail> first = reporting.searchPayments(SearchPaymentsRequest.builder()
        .size(2).paymentStatus(PaymentStatus.SUCCESS).build());
    List<Long> ids = first.stream().map(PaymentDetail::id).collect(Collectors.toList());

    assertThat(ids).containsExactly(1L, 2L, 3L, 4L, 5L);
    assertThat(odero.takeSigned().getTarget()).endsWith("?page=0&size=2&paymentStatus=SUCCESS");
    assertThat(odero.takeSigned().getTarget()).endsWith("?page=1&size=2&paymentStatus=SUCCESS");
    assertThat(odero.takeSigned().getTarget()).endsWith("?page=2&size=2&paymentStatus=SUCCESS");
    assertThat(odero.server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void searchWithoutTotalSizeStopsAtAShortPage() {
    odero.enqueue(200, "{\"data\":{\"items\":[{\"id\":1},{\"id\":2}]}}");
    odero.enqueue(200, "{\"data\":{\"items\":[{\"id\":3}]}}");
    List<Long> ids = reporting.searchPayments(SearchPaymentsRequest.builder().size(2).build()).stream()
        .map(PaymentDetail::id).collect(Collectors.toList());
    assertThat(ids).containsExactly(1L, 2L, 3L);
    assertThat(odero.server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void searchParsesTheSeedModelInItems() {
    String detail = fixture("payment-detail.json");
    String item = detail.substring(detail.indexOf("\"data\":") + 7, detail.lastIndexOf('}'));
    odero.enqueue(200, "{\"data\":{\"items\":[" + item + "],\"page\":0,\"size\":10,\"totalSize\":1}}");
    PaymentDetail p = reporting.searchPayments(SearchPaymentsRequest.builder().build()).items().get(0);
    assertThat(p.paymentTransactions().get(0).paymentTransactionRefunds().get(1).price())
        .isEqualByComparingTo("5.50");
  }

  @Test
  void badFiltersAreRejectedBeforeAnyRequest() {
    assertThatThrownBy(() -> SearchPaymentsRequest.builder().installment(5).build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("installment");
    assertThatThrownBy(() -> SearchPaymentsRequest.builder().size(0).build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("size");
    assertThatThrownBy(() -> SearchPaymentsRequest.builder().page(-1).build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("page");
    assertThatThrownBy(() -> SearchPaymentsRequest.builder().binNumber("52a864").build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("binNumber");
    assertThatThrownBy(() -> SearchPaymentsRequest.builder().minPrice(new BigDecimal("-1")).build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("minPrice");
    assertThatThrownBy(() -> SearchPaymentsRequest.builder().currency(Currency.UNKNOWN).build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("currency");
    assertThatThrownBy(() -> reporting.retrievePayment(0))
        .isInstanceOf(ValidationException.class).hasMessageContaining("paymentId");
    assertThat(odero.server.getRequestCount()).isZero();
  }
}
