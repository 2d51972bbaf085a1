package io.github.paysdk.odero.payment;

import static io.github.paysdk.odero.MockOdero.bodyJson;
import static io.github.paysdk.odero.MockOdero.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.paysdk.core.error.ApiConnectionException;
import io.github.paysdk.core.error.MalformedResponseException;
import io.github.paysdk.core.error.PaySdkException;
import io.github.paysdk.core.error.ServerException;
import io.github.paysdk.odero.MockOdero;
import io.github.paysdk.odero.model.CardAssociation;
import io.github.paysdk.odero.model.CardType;
import io.github.paysdk.odero.model.ConnectorType;
import io.github.paysdk.odero.model.Currency;
import io.github.paysdk.odero.model.PaymentGroup;
import io.github.paysdk.odero.model.PaymentPhase;
import io.github.paysdk.odero.model.PaymentStatus;
import io.github.paysdk.odero.model.PaymentType;
import io.github.paysdk.odero.model.PosBlockageResolveType;
import io.github.paysdk.odero.model.TransactionStatus;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PaymentServiceTest {
  static final String CARD_NUMBER = "5258640000000001";
  private final MockOdero odero = new MockOdero();
  private final PaymentService payments = odero.client.payments();

  @AfterEach
  void close() {
    odero.close();
  }

  static Card card() {
    return Card.builder().cardHolderName("Haluk Demir").cardNumber(CARD_NUMBER).expireYear("2044")
        .expireMonth("07").cvc("000").build();
  }

  static CreatePaymentRequest.Builder payment() {
    return CreatePaymentRequest.builder()
        .price(new BigDecimal("100.00")).paidPrice(new BigDecimal("100.00"))
        .currency(Currency.AZN).paymentGroup(PaymentGroup.PRODUCT).conversationId("order-42")
        .card(card())
        .addItem(PaymentItem.of("Book", new BigDecimal("30.00"), "item-1"))
        .addItem(PaymentItem.builder().name("Pen").price(new BigDecimal("70.00")).externalId("item-2")
            .subMerchantId(77L).subMerchantPrice(new BigDecimal("63.00")).build());
  }

  private static final String PAYMENT_JSON = "{\"price\":100.00,\"paidPrice\":100.00,\"walletPrice\":0,"
      + "\"installment\":1,\"currency\":\"AZN\",\"paymentGroup\":\"PRODUCT\",\"conversationId\":\"order-42\","
      + "\"paymentPhase\":\"AUTH\",\"card\":{\"cardHolderName\":\"Haluk Demir\",\"cardNumber\":\""
      + CARD_NUMBER + "\",\"expireYear\":\"2044\",\"expireMonth\":\"07\",\"cvc\":\"000\"},"
      + "\"items\":[{\"name\":\"Book\",\"price\":30.00,\"externalId\":\"item-1\"},"
      + "{\"name\":\"Pen\",\"price\":70.00,\"externalId\":\"item-2\",\"subMerchantId\":77,"
      + "\"subMerchantPrice\":63.00}]";

  @Test
  void createPaymentPostsTheExactJsonAndParsesThePayment() {
    odero.enqueueFixture("payment.json");

    Payment p = payments.createPayment(payment().build());

    RecordedRequest request = odero.takeSigned();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getTarget()).isEqualTo("/payment/v1/card-payments");
    assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json");
    assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
    assertThat(bodyJson(request)).isEqualTo(json(PAYMENT_JSON + "}"));
    assertThat(request.getBody().utf8()).startsWith("{\"price\":100.00,\"paidPrice\":100.00,");

    assertThat(p.id()).isEqualTo(100042L);
    assertThat(p.createdDate()).isEqualTo(LocalDateTime.of(2024, 3, 10, 10, 51, 39));
    assertThat(p.price()).isEqualByComparingTo("100");
    assertThat(p.paidPrice()).isEqualByComparingTo("100");
    assertThat(p.walletPrice()).isEqualByComparingTo("0");
    assertThat(p.currency()).isEqualTo(Currency.AZN);
    assertThat(p.buyerId()).isEqualTo(12L);
    assertThat(p.installment()).isEqualTo(1);
    assertThat(p.conversationId()).isEqualTo("order-42");
    assertThat(p.paymentType()).isEqualTo(PaymentType.CARD_PAYMENT);
    assertThat(p.paymentGroup()).isEqualTo(PaymentGroup.PRODUCT);
    assertThat(p.paymentStatus()).isEqualTo(PaymentStatus.SUCCESS);
    assertThat(p.connectorType()).isEqualTo(ConnectorType.TOKENPOS);
    assertThat(p.paymentPhase()).isEqualTo(PaymentPhase.AUTH);
    assertThat(p.threeDS()).isFalse();
    assertThat(p.merchantCommissionRate()).isEqualByComparingTo("0");
    assertThat(p.merchantCommissionRateAmount()).isEqualByComparingTo("0");
    assertThat(p.pfCommissionRateAmount()).isEqualByComparingTo("1.75");
    assertThat(p.cardUserKey()).isEqualTo("user-key-1");
    assertThat(p.cardToken()).isEqualTo("card-token-1");
    assertThat(p.paidWithStoredCard()).isFalse();
    assertThat(p.binNumber()).isEqualTo("525864");
    assertThat(p.lastFourDigits()).isEqualTo("0001");
    assertThat(p.cardType()).isEqualTo(CardType.CREDIT_CARD);
    assertThat(p.cardAssociation()).isEqualTo(CardAssociation.MASTER_CARD);
    assertThat(p.cardBrand()).isEqualTo("World");
    assertThat(p.paymentTransactions()).hasSize(2);
    PaymentTransaction t = p.paymentTransactions().get(0);
    assertThat(t.id()).isEqualTo(9001L);
    assertThat(t.externalId()).isEqualTo("item-1");
    assertThat(t.name()).isEqualTo("Book");
    assertThat(t.merchantPayoutAmount()).isEqualByComparingTo("29.48");
    assertThat(t.pfCommissionRateAmount()).isEqualByComparingTo("0.52");
    assertThat(t.transactionStatus()).isEqualTo(TransactionStatus.WAITING_FOR_APPROVAL);
    assertThat(t.blockageResolvedDate()).isEqualTo(LocalDateTime.of(2024, 3, 17, 0, 0));
    assertThat(t.payout().currency()).isEqualTo(Currency.AZN);
    assertThat(t.payout().merchantPayoutAmount()).isEqualByComparingTo("29.48");
    assertThat(p.paymentTransactions().get(1).payout()).isNull();
  }

  @Test
  void everyOptionalFieldIsSentWhenSet() {
    odero.enqueueFixture("payment.json");
    payments.createPayment(payment().installment(6).walletPrice(new BigDecimal("5"))
        .paymentPhase(PaymentPhase.PRE_AUTH).paymentOrder(2).paymentType(PaymentType.CARD_PAYMENT)
        .buyerId(12L).posAlias("pos-1").merchantBranchName("Baku").creditorId(3L)
        .blockageResolveType(PosBlockageResolveType.NEXT_DAY)
        .card(Card.stored("user-key-1", "card-token-1")).build());

    assertThat(bodyJson(odero.takeSigned())).isEqualTo(json("{\"price\":100.00,\"paidPrice\":100.00,"
        + "\"walletPrice\":5,\"installment\":6,\"currency\":\"AZN\",\"paymentGroup\":\"PRODUCT\","
        + "\"conversationId\":\"order-42\",\"paymentPhase\":\"PRE_AUTH\",\"paymentOrder\":2,"
        + "\"paymentType\":\"CARD_PAYMENT\",\"buyerId\":12,"
        + "\"card\":{\"cardUserKey\":\"user-key-1\",\"cardToken\":\"card-token-1\"},\"posAlias\":\"pos-1\","
        + "\"items\":[{\"name\":\"Book\",\"price\":30.00,\"externalId\":\"item-1\"},"
        + "{\"name\":\"Pen\",\"price\":70.00,\"externalId\":\"item-2\",\"subMerchantId\":77,"
        + "\"subMerchantPrice\":63.00}],\"merchantBranchName\":\"Baku\",\"blockageResolveType\":\"NEXT_DAY\","
        + "\"creditorId\":3}"));
  }

  @Test
  void createPaymentIsNeverResentAndAFailureCarriesTheConversationId() {
    odero.server.enqueue(new MockResponse.Builder().code(503).body("<html>busy</html>").build());
    odero.enqueueFixture("payment.json");

    PaySdkException e = catchThrowableOfType(PaySdkException.class,
        () -> payments.createPayment(payment().build()));

    assertThat(e).isInstanceOf(ServerException.class);
    assertThat(e.isOutcomeUnknown()).isTrue();
    assertThat(e.lookupKey()).isEqualTo("order-42");
    assertThat(odero.server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aLostAnswerToAPaymentIsReportedAsUnknownNotRetried() {
    odero.server.enqueue(new MockResponse.Builder()
        .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
    odero.enqueueFixture("payment.json");

    PaySdkException e = catchThrowableOfType(PaySdkException.class,
        () -> payments.createPayment(payment().build()));

    assertThat(e).isInstanceOf(ApiConnectionException.class);
    assertThat(e.isOutcomeUnknown()).isTrue();
    assertThat(e.lookupKey()).isEqualTo("order-42");
    assertThat(e.getMessage()).doesNotContain(CARD_NUMBER);
    assertThat(odero.server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void init3dsSendsTheCallbackUrlInTheFlatBodyAndDecodesTheHtml() {
    odero.enqueueFixture("threeds-init.json");

    ThreeDsInit init = payments.init3dsPayment(
        InitThreeDsPaymentRequest.of(payment().build(), "https://shop.example/3ds-callback"));

    RecordedRequest request = odero.takeSigned();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getTarget()).isEqualTo("/payment/v1/card-payments/3ds-init");
    assertThat(bodyJson(request)).isEqualTo(
        json(PAYMENT_JSON + ",\"callbackUrl\":\"https://shop.example/3ds-callback\"}"));
    assertThat(init.html()).isEqualTo("<html><body><form action=\"https://bank.example/acs\" "
        + "method=\"post\"><input name=\"PaReq\" value=\"abc\"/></form>Ödəniş</body></html>");
    assertThat(init.paymentId()).isNull();
  }

  @Test
  void init3dsKeepsThePaymentIdWhenSent() {
    odero.enqueue(200, "{\"data\":{\"htmlContent\":\"PGh0bWw+PC9odG1sPg==\",\"paymentId\":100042}}");
    ThreeDsInit init = payments.init3dsPayment(
        InitThreeDsPaymentRequest.of(payment().build(), "https://shop.example/cb"));
    assertThat(init.html()).isEqualTo("<html></html>");
    assertThat(init.paymentId()).isEqualTo(100042L);
  }

  @Test
  void init3dsWithHtmlThatIsNotBase64IsMalformedWithUnknownOutcome() {
    odero.enqueue(200, "{\"data\":{\"htmlContent\":\"<html>not base64</html>\"}}");
    PaySdkException e = catchThrowableOfType(PaySdkException.class, () -> payments.init3dsPayment(
        InitThreeDsPaymentRequest.of(payment().build(), "https://shop.example/cb")));
    assertThat(e).isInstanceOf(MalformedResponseException.class);
    assertThat(e.isOutcomeUnknown()).isTrue();
    assertThat(e.lookupKey()).isEqualTo("order-42");
  }

  @Test
  void complete3dsPostsThePaymentId() {
    odero.enqueueFixture("payment.json");

    Payment p = payments.complete3dsPayment(100042);

    RecordedRequest request = odero.takeSigned();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getTarget()).isEqualTo("/payment/v1/card-payments/3ds-complete");
    assertThat(request.getBody().utf8()).isEqualTo("{\"paymentId\":100042}");
    assertThat(p.paymentStatus()).isEqualTo(PaymentStatus.SUCCESS);
  }

  @Test
  void postAuthPostsThePaidPriceToThePaymentsPath() {
    odero.enqueueFixture("payment.json");

    payments.postAuthPayment(100042, new BigDecimal("80.50"));

    RecordedRequest request = odero.takeSigned();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getTarget()).isEqualTo("/payment/v1/card-payments/100042/post-auth");
    assertThat(request.getBody().utf8()).isEqualTo("{\"paidPrice\":80.50}");
  }

  @Test
  void postAuthFailureNamesThePaymentIdToLookUp() {
    odero.server.enqueue(new MockResponse.Builder().code(504).body("").build());
    PaySdkException e = catchThrowableOfType(PaySdkException.class,
        () -> payments.postAuthPayment(100042, BigDecimal.TEN));
    assertThat(e.isOutcomeUnknown()).isTrue();
    assertThat(e.lookupKey()).isEqualTo("100042");
    assertThat(odero.server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void initCheckoutPostsTheRequestAndReturnsTokenAndPage() {
    odero.enqueueFixture("checkout-init.json");

    CheckoutInit init = payments.initCheckoutPayment(InitCheckoutPaymentRequest.builder()
        .price(new BigDecimal("100")).paidPrice(new BigDecimal("100")).currency(Currency.AZN)
        .paymentGroup(PaymentGroup.LISTING_OR_SUBSCRIPTION).conversationId("order-43")
        .callbackUrl("https://shop.example/checkout-done").installment(3).cardUserKey("user-key-1")
        .buyerId(12L).addItem(PaymentItem.of("Book", new BigDecimal("100"), "item-1"))
        .merchantBranchName("Baku").buyerName("Haluk Demir").domainName("shop.example").buyerType(1)
        .walletPrice(BigDecimal.ZERO)
        .build());

    RecordedRequest request = odero.takeSigned();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getTarget()).isEqualTo("/payment/v1/checkout-payments/init");
    assertThat(bodyJson(request)).isEqualTo(json("{\"price\":100,\"paidPrice\":100,\"walletPrice\":0,"
        + "\"currency\":\"AZN\",\"paymentGroup\":\"LISTING_OR_SUBSCRIPTION\",\"conversationId\":\"order-43\","
        + "\"installment\":3,\"callbackUrl\":\"https://shop.example/checkout-done\",\"paymentPhase\":\"AUTH\","
        + "\"cardUserKey\":\"user-key-1\",\"buyerId\":12,"
        + "\"items\":[{\"name\":\"Book\",\"price\":100,\"externalId\":\"item-1\"}],"
        + "\"merchantBranchName\":\"Baku\",\"buyerName\":\"Haluk Demir\",\"domainName\":\"shop.example\","
        + "\"buyerType\":1}"));
    assertThat(init.token()).isEqualTo("chk-7f3a");
    assertThat(init.pageUrl()).isEqualTo("https://sandbox-oos.oderopay.com.tr?token=chk-7f3a");
    assertThat(init.iframePageUrl())
        .isEqualTo("https://sandbox-oos.oderopay.com.tr?token=chk-7f3a&iframe=True");
  }

  @Test
  void retrieveCheckoutPaymentGetsByToken() {
    odero.enqueueFixture("payment.json");

    Payment p = payments.retrieveCheckoutPayment("chk-7f3a");

    RecordedRequest request = odero.takeSigned();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getTarget()).isEqualTo("/payment/v1/checkout-payments/chk-7f3a");
    assertThat(p.id()).isEqualTo(100042L);
  }
}
