package io.github.paysdk.odero;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.paysdk.core.error.ApiConnectionException;
import io.github.paysdk.core.error.MalformedResponseException;
import io.github.paysdk.core.error.PaySdkException;
import io.github.paysdk.core.paging.Page;
import io.github.paysdk.core.retry.RetryPolicy;
import io.github.paysdk.odero.card.SearchStoredCardsRequest;
import io.github.paysdk.odero.card.StoredCard;
import io.github.paysdk.odero.error.OderoAuthenticationException;
import io.github.paysdk.odero.error.OderoInsufficientFundsException;
import io.github.paysdk.odero.error.OderoInvalidRequestException;
import io.github.paysdk.odero.error.OderoNotFoundException;
import io.github.paysdk.odero.error.OderoPaymentException;
import io.github.paysdk.odero.error.PaymentErrorGroup;
import io.github.paysdk.odero.installment.InstallmentOptions;
import io.github.paysdk.odero.model.CardAssociation;
import io.github.paysdk.odero.model.Currency;
import io.github.paysdk.odero.model.PaymentGroup;
import io.github.paysdk.odero.model.PaymentPhase;
import io.github.paysdk.odero.model.PaymentStatus;
import io.github.paysdk.odero.model.RefundStatus;
import io.github.paysdk.odero.payment.Card;
import io.github.paysdk.odero.payment.CheckoutInit;
import io.github.paysdk.odero.payment.CreatePaymentRequest;
import io.github.paysdk.odero.payment.InitCheckoutPaymentRequest;
import io.github.paysdk.odero.payment.InitThreeDsPaymentRequest;
import io.github.paysdk.odero.payment.Payment;
import io.github.paysdk.odero.payment.PaymentItem;
import io.github.paysdk.odero.payment.ThreeDsInit;
import io.github.paysdk.odero.refund.Refund;
import io.github.paysdk.odero.refund.RefundPaymentRequest;
import io.github.paysdk.odero.refund.RefundTransactionRequest;
import io.github.paysdk.odero.refund.SearchTransactionRefundsRequest;
import io.github.paysdk.odero.refund.TransactionRefund;
import io.github.paysdk.odero.reporting.PaymentDetail;
import io.github.paysdk.odero.reporting.PaymentTransactionDetail;
import io.github.paysdk.odero.reporting.SearchPaymentsRequest;
import io.github.paysdk.testing.Fault;
import io.github.paysdk.testing.odero.OderoSimulator;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import okhttp3.FormBody;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The SDK client against the Odero simulator: signatures, state, the 3-D Secure round trip, faults. */
class OderoSimulatorTest {
  private static final String KEY = "sim-api-key";
  private static final String SECRET = "sim-secret-key";
  private final OderoSimulator simulator = OderoSimulator.started(KEY, SECRET);
  private final OderoClient odero = client(KEY, SECRET);

  private OderoClient client(String key, String secret) {
    return OderoClient.builder().apiKey(key).secretKey(secret).baseUrl(simulator.baseUrl())
        .retryPolicy(RetryPolicy.builder().maxAttempts(3).initialBackoff(Duration.ofMillis(1)).build())
        .sleeper(d -> {}).build();
  }

  @AfterEach
  void close() {
    odero.close();
    simulator.close();
  }

  private static CreatePaymentRequest.Builder payment(String conversationId, String cardNumber) {
    return CreatePaymentRequest.builder()
        .price(new BigDecimal("100.00")).paidPrice(new BigDecimal("100.00")).currency(Currency.AZN)
        .paymentGroup(PaymentGroup.PRODUCT).conversationId(conversationId)
        .card(Card.builder().cardHolderName("Aysel Mammadova").cardNumber(cardNumber).expireYear("2044")
            .expireMonth("07").cvc("000").build())
        .addItem(PaymentItem.of("Book", new BigDecimal("40.00"), "book-1"))
        .addItem(PaymentItem.of("Lamp", new BigDecimal("60.00"), "lamp-1"));
  }

  private static CreatePaymentRequest.Builder payment(String conversationId) {
    return payment(conversationId, "5258640000000001");
  }

  @Test
  void aWrongSecretGetsThePlatformsErrorEnvelope() {
    try (OderoClient wrong = client(KEY, "not-the-secret")) {
      OderoAuthenticationException e = catchThrowableOfType(OderoAuthenticationException.class,
          () -> wrong.paymentReporting().retrievePayment(1));
      assertThat(e.httpStatus()).isEqualTo(401);
      assertThat(e.errorCode()).isEqualTo(OderoSimulator.AUTH_ERROR);
      assertThat(e.errorDescription()).isEqualTo("Invalid signature");
    }
    try (OderoClient wrong = client("other-key", SECRET)) {
      assertThat(catchThrowableOfType(OderoAuthenticationException.class,
          () -> wrong.paymentReporting().retrievePayment(1)).errorDescription())
          .isEqualTo("Invalid API credentials");
    }
  }

  @Test
  void theSignatureCoversUrlAndBodyBytes() throws Exception {
    String url = simulator.baseUrl() + "/payment/v1/refunds";
    String signedBody = "{\"paymentId\":1}";
    String rnd = "rnd-1";
    String signature = MockOdero.expectedSignature(url, KEY, SECRET, rnd, signedBody);
    OkHttpClient raw = new OkHttpClient();
    for (String[] attempt : new String[][] {
        {url, "{\"paymentId\":2}"}, {url + "?x=1", signedBody}, {url, signedBody}}) {
      Request request = new Request.Builder().url(attempt[0])
          .header("x-api-key", KEY).header("x-rnd-key", rnd).header("x-auth-version", "v1")
          .header("x-signature", signature)
          .post(RequestBody.create(attempt[1], MediaType.get("application/json")))
          .build();
      try (Response response = raw.newCall(request).execute()) {
        boolean untouched = attempt[0].equals(url) && attempt[1].equals(signedBody);
        // A tampered body or URL fails the signature; the untouched request passes it (and then
        // fails only because payment 1 does not exist).
        assertThat(response.code()).isEqualTo(untouched ? 404 : 401);
      }
    }
  }

  @Test
  void signedQueriesWithSpacesAndCommasAreAccepted() {
    odero.payments().createPayment(payment("order 42, blue").build());
    Page<PaymentDetail> found = odero.paymentReporting().searchPayments(
        SearchPaymentsRequest.builder().conversationId("order 42, blue").build());
    assertThat(found.items()).extracting(PaymentDetail::conversationId).containsExactly("order 42, blue");
  }

  @Test
  void threeDsRoundTripThenReportingShowsIt() {
    ThreeDsInit init = odero.payments().init3dsPayment(
        InitThreeDsPaymentRequest.of(payment("order-3ds").build(), "https://shop.example/3ds"));
    assertThat(init.html()).contains("<form").contains("/sim/3ds/" + init.paymentId());

    OderoInvalidRequestException early = catchThrowableOfType(OderoInvalidRequestException.class,
        () -> odero.payments().complete3dsPayment(init.paymentId()));
    assertThat(early.errorCode()).isEqualTo(OderoSimulator.STATE_ERROR);

    assertThat(simulator.authenticate3ds(init.paymentId())).isEqualTo("https://shop.example/3ds");
    Payment paid = odero.payments().complete3dsPayment(init.paymentId());
    assertThat(paid.paymentStatus()).isEqualTo(PaymentStatus.SUCCESS);
    assertThat(paid.threeDS()).isTrue();

    PaymentDetail detail = odero.paymentReporting().retrievePayment(init.paymentId());
    assertThat(detail.paymentStatus()).isEqualTo(PaymentStatus.SUCCESS);
    assertThat(detail.paymentCard().threeDS()).isTrue();
    assertThat(detail.paymentCard().mdStatus()).isEqualTo(1);
    assertThat(detail.paymentCard().lastFourDigits()).isEqualTo("0001");
    assertThat(detail.paymentCard().cardAssociation()).isEqualTo(CardAssociation.MASTER_CARD);
    assertThat(detail.paymentTransactions()).extracting(PaymentTransactionDetail::paidPrice)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("40"), new BigDecimal("60"));
  }

  @Test
  void theBuyersBrowserCanRunThe3dsPageItself() throws Exception {
    ThreeDsInit init = odero.payments().init3dsPayment(
        InitThreeDsPaymentRequest.of(payment("order-browser").build(), "https://shop.example/3ds"));
    Matcher action = Pattern.compile("action=\"([^\"]+)\"").matcher(init.html());
    assertThat(action.find()).isTrue();

    OkHttpClient browser = new OkHttpClient();
    try (Response acs = browser.newCall(new Request.Builder().url(action.group(1))
        .post(new FormBody.Builder().add("paymentId", String.valueOf(init.paymentId())).build())
        .build()).execute()) {
      assertThat(acs.code()).isEqualTo(200);
      assertThat(acs.body().string()).contains("action=\"https://shop.example/3ds\"")
          .contains("value=\"" + init.paymentId() + "\"");
    }
    assertThat(odero.payments().complete3dsPayment(init.paymentId()).paymentStatus())
        .isEqualTo(PaymentStatus.SUCCESS);
  }

  @Test
  void refundsStayConsistentWithThePayment() {
    Payment p = odero.payments().createPayment(payment("order-r").build());
    long book = p.paymentTransactions().get(0).id();

    TransactionRefund partial = odero.refunds().refundTransaction(RefundTransactionRequest.builder()
        .paymentTransactionId(book).refundPrice(new BigDecimal("15.00")).conversationId("refund-1").build());
    assertThat(partial.status()).isEqualTo(RefundStatus.SUCCESS);
    assertThat(partial.paymentId()).isEqualTo(p.id());

    OderoInvalidRequestException tooMuch = catchThrowableOfType(OderoInvalidRequestException.class,
        () -> odero.refunds().refundTransaction(RefundTransactionRequest.builder()
            .paymentTransactionId(book).refundPrice(new BigDecimal("25.01")).build()));
    assertThat(tooMuch.errorDescription()).contains("25.00");

    PaymentDetail detail = odero.paymentReporting().retrievePayment(p.id());
    assertThat(detail.paymentTransactions().get(0).paymentTransactionRefunds())
        .singleElement().satisfies(r -> {
          assertThat(r.id()).isEqualTo(partial.id());
          assertThat(r.price()).isEqualByComparingTo("15.00");
          assertThat(r.conversationId()).isEqualTo("refund-1");
        });

    Refund rest = odero.refunds().refundPayment(RefundPaymentRequest.of(p.id(), "refund-all"));
    assertThat(rest.refundPrice()).isEqualByComparingTo("85.00");
    assertThat(rest.paymentTransactionRefunds()).hasSize(2);
    assertThat(odero.refunds().retrieveRefund(rest.id()).refundPrice()).isEqualByComparingTo("85.00");
    assertThat(odero.refunds().retrieveTransactionRefund(partial.id()).refundPrice())
        .isEqualByComparingTo("15.00");
    assertThat(odero.refunds().searchTransactionRefunds(SearchTransactionRefundsRequest.byPaymentId(p.id())))
        .hasSize(3);

    assertThat(catchThrowableOfType(OderoInvalidRequestException.class,
        () -> odero.refunds().refundPayment(RefundPaymentRequest.of(p.id(), "again"))).errorDescription())
        .contains("already fully refunded");
    assertThat(odero.paymentReporting().retrievePayment(p.id()).paymentRefunds()).singleElement()
        .satisfies(r -> assertThat(r.price()).isEqualByComparingTo("85.00"));
  }

  @Test
  void declinesComeBackByGroupAndShowInReporting() {
    OderoInsufficientFundsException e = catchThrowableOfType(OderoInsufficientFundsException.class,
        () -> odero.payments().createPayment(payment("order-poor", "5258640000000051").build()));
    assertThat(e.errorCode()).isEqualTo("10051");

    simulator.declineCard("4155650000000002", "10043", "STOLEN_CARD");
    OderoPaymentException stolen = catchThrowableOfType(OderoPaymentException.class,
        () -> odero.payments().createPayment(payment("order-stolen", "4155650000000002").build()));
    assertThat(stolen.paymentErrorGroup()).isEqualTo(PaymentErrorGroup.STOLEN_CARD);

    PaymentDetail failed = odero.paymentReporting().searchPayments(SearchPaymentsRequest.builder()
        .conversationId("order-poor").build()).items().get(0);
    assertThat(failed.paymentStatus()).isEqualTo(PaymentStatus.FAILURE);
    assertThat(failed.paymentCard().error().errorGroup()).isEqualTo("NOT_SUFFICIENT_FUNDS");
  }

  @Test
  void searchFiltersAndPagesThroughEveryMatch() {
    for (int i = 0; i < 5; i++) {
      odero.payments().createPayment(payment("batch-" + i).build());
    }
    odero.payments().createPayment(payment("visa", "4155650000000101").build());

    List<String> all = odero.paymentReporting().searchPayments(SearchPaymentsRequest.builder()
        .size(2).paymentStatus(PaymentStatus.SUCCESS).binNumber("525864").build())
        .stream().map(PaymentDetail::conversationId).collect(Collectors.toList());
    assertThat(all).containsExactly("batch-0", "batch-1", "batch-2", "batch-3", "batch-4");
    assertThat(simulator.callCount("GET", "/payment-reporting/v1/payments")).isEqualTo(3);

    assertThat(odero.paymentReporting().searchPayments(SearchPaymentsRequest.builder()
        .lastFourDigits("0101").build()).items()).extracting(PaymentDetail::conversationId)
        .containsExactly("visa");
    assertThat(odero.paymentReporting().searchPayments(SearchPaymentsRequest.builder()
        .minPaidPrice(new BigDecimal("100.01")).build()).items()).isEmpty();
  }

  @Test
  void aLostAnswerCanBeLookedUpByConversationIdInsteadOfPayingAgain() {
    simulator.enqueueFault(Fault.disconnectAfterProcessing());

    PaySdkException e = catchThrowableOfType(PaySdkException.class,
        () -> odero.payments().createPayment(payment("order-lost").build()));
    assertThat(e).isInstanceOf(ApiConnectionException.class);
    assertThat(e.isOutcomeUnknown()).isTrue();
    assertThat(simulator.paymentCount()).isEqualTo(1);

    List<PaymentDetail> found = odero.paymentReporting().searchPayments(SearchPaymentsRequest.builder()
        .conversationId(e.lookupKey()).build()).items();
    assertThat(found).singleElement().satisfies(p ->
        assertThat(p.paymentStatus()).isEqualTo(PaymentStatus.SUCCESS));
  }

  @Test
  void faultsOnReadsAreRetriedAndTruncatedAnswersAreMalformed() {
    Payment p = odero.payments().createPayment(payment("order-f").build());
    simulator.enqueueFault(Fault.status(503));
    assertThat(odero.paymentReporting().retrievePayment(p.id()).id()).isEqualTo(p.id());

    simulator.enqueueFault(Fault.truncatedJson());
    assertThat(catchThrowableOfType(MalformedResponseException.class,
        () -> odero.paymentReporting().retrievePayment(p.id()))).isNotNull();

    assertThat(catchThrowableOfType(OderoNotFoundException.class,
        () -> odero.paymentReporting().retrievePayment(42)).errorCode())
        .isEqualTo(OderoSimulator.NOT_FOUND_ERROR);
  }

  @Test
  void preAuthThenPostAuth() {
    Payment auth = odero.payments().createPayment(payment("order-pre").paymentPhase(PaymentPhase.PRE_AUTH)
        .build());
    Payment captured = odero.payments().postAuthPayment(auth.id(), new BigDecimal("80.00"));
    assertThat(captured.paymentPhase()).isEqualTo(PaymentPhase.POST_AUTH);
    assertThat(captured.paidPrice()).isEqualByComparingTo("80.00");
  }

  @Test
  void hostedCheckoutRoundTrip() {
    CheckoutInit init = odero.payments().initCheckoutPayment(InitCheckoutPaymentRequest.builder()
        .price(new BigDecimal("25")).paidPrice(new BigDecimal("25")).currency(Currency.AZN)
        .paymentGroup(PaymentGroup.PRODUCT).conversationId("order-c").callbackUrl("https://shop.example/c")
        .build());
    assertThat(init.pageUrl()).startsWith(simulator.baseUrl()).contains(init.token());
    assertThat(catchThrowableOfType(OderoNotFoundException.class,
        () -> odero.payments().retrieveCheckoutPayment(init.token()))).isNotNull();

    long paymentId = simulator.payCheckout(init.token(), "5258640000000001");
    Payment paid = odero.payments().retrieveCheckoutPayment(init.token());
    assertThat(paid.id()).isEqualTo(paymentId);
    assertThat(paid.paidPrice()).isEqualByComparingTo("25");
  }

  @Test
  void storedCardsCanBePaidWithAndDeleted() {
    Payment first = odero.payments().createPayment(payment("order-store").card(Card.builder()
        .cardHolderName("Aysel Mammadova").cardNumber("5258640000000001").expireYear("2044")
        .expireMonth("07").cvc("000").cardAlias("Main").cardUserKey("user-1")
        .storeCardAfterSuccessPayment(true).build()).build());
    assertThat(first.cardToken()).isNotNull();

    List<StoredCard> cards = odero.storedCards().searchStoredCards(
        SearchStoredCardsRequest.builder().cardUserKey("user-1").build()).items();
    assertThat(cards).singleElement().satisfies(c -> {
      assertThat(c.cardAlias()).isEqualTo("Main");
      assertThat(c.lastFourDigits()).isEqualTo("0001");
    });

    Payment again = odero.payments().createPayment(payment("order-again")
        .card(Card.stored("user-1", first.cardToken())).build());
    assertThat(again.paidWithStoredCard()).isTrue();

    odero.storedCards().deleteStoredCard("user-1", first.cardToken());
    assertThat(odero.storedCards().searchStoredCards(
        SearchStoredCardsRequest.builder().cardUserKey("user-1").build()).items()).isEmpty();
  }

  @Test
  void installmentsAndBins() {
    List<InstallmentOptions> options =
        odero.installments().searchInstallments("525864", new BigDecimal("100"), Currency.AZN);
    assertThat(options).singleElement().satisfies(o ->
        assertThat(o.installmentPrices()).extracting(p -> p.installmentNumber())
            .containsExactly(1, 2, 3, 6, 9, 12));
    assertThat(odero.installments().retrieveBin("415565").cardAssociation()).isEqualTo(CardAssociation.VISA);
    assertThat(catchThrowableOfType(OderoNotFoundException.class,
        () -> odero.installments().retrieveBin("123456"))).isNotNull();
  }
}
