package io.github.paysdk.odeonpay.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.paysdk.core.error.ApiConnectionException;
import io.github.paysdk.core.error.AuthenticationException;
import io.github.paysdk.core.error.MalformedResponseException;
import io.github.paysdk.core.retry.RetryPolicy;
import io.github.paysdk.odeonpay.error.DuplicateInvoiceException;
import io.github.paysdk.odeonpay.OdeonPayClient;
import io.github.paysdk.odeonpay.error.RequestRejectedException;
import io.github.paysdk.odeonpay.apm.ApmPayoutRequest;
import io.github.paysdk.odeonpay.apm.ApmPaymentType;
import io.github.paysdk.odeonpay.checkout.CheckoutLinkRequest;
import io.github.paysdk.odeonpay.checkout.HostedRedirect;
import io.github.paysdk.odeonpay.checkout.Link;
import io.github.paysdk.odeonpay.checkout.PaymentLink;
import io.github.paysdk.odeonpay.checkout.PaymentLinkRequest;
import io.github.paysdk.odeonpay.model.PayerData;
import io.github.paysdk.odeonpay.model.Transaction;
import io.github.paysdk.odeonpay.model.TransactionStatus;
import io.github.paysdk.odeonpay.notifications.Notification;
import io.github.paysdk.odeonpay.notifications.NotificationReply;
import io.github.paysdk.odeonpay.payments.Balance;
import io.github.paysdk.odeonpay.payments.Card;
import io.github.paysdk.odeonpay.payments.ChargeRequest;
import io.github.paysdk.odeonpay.payments.ChargeResult;
import io.github.paysdk.odeonpay.payments.ListTimezone;
import io.github.paysdk.odeonpay.payments.ListedTransaction;
import io.github.paysdk.odeonpay.payments.Refund;
import io.github.paysdk.odeonpay.payouts.CardPayoutRequest;
import io.github.paysdk.odeonpay.payouts.TokenPayoutRequest;
import io.github.paysdk.testing.Fault;
import io.github.paysdk.testing.odeonpay.DeliveredNotification;
import io.github.paysdk.testing.odeonpay.OdeonPaySimulator;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The SDK client against the OdeonPay simulator: auth, signatures, test cards, state, notifications, faults. */
class OdeonPaySimulatorTest {
  private static final String PUBLIC_ID = "pbid_sim";
  private static final String API_SECRET = "sim-api-secret";
  private static final String SIGNATURE_KEY = "sim-signature-key";

  private OdeonPaySimulator simulator;
  private MockWebServer receiver;
  private OdeonPayClient odeonPay;

  @BeforeEach
  void start() throws IOException {
    receiver = new MockWebServer();
    receiver.start();
    simulator = new OdeonPaySimulator(PUBLIC_ID, API_SECRET)
        .requireSignatureKey(SIGNATURE_KEY)
        .notifyTo(receiver.url("/odeonpay/notifications").toString())
        .clock(Clock.fixed(Instant.parse("2026-03-01T10:15:00Z"), ZoneOffset.UTC))
        .start();
    odeonPay = client(false);
  }

  @AfterEach
  void stop() {
    odeonPay.close();
    simulator.close();
    receiver.close();
  }

  private OdeonPayClient client(boolean duplicateProtection) {
    return OdeonPayClient.builder()
        .publicId(PUBLIC_ID).apiSecret(API_SECRET).signatureKey(SIGNATURE_KEY)
        .invoiceDuplicateProtection(duplicateProtection)
        .baseUrl(simulator.baseUrl())
        .retryPolicy(RetryPolicy.builder().maxAttempts(3).build())
        .sleeper(d -> {})
        .build();
  }

  private void receiverAnswersOk(int times) {
    for (int i = 0; i < times; i++) {
      receiver.enqueue(new MockResponse.Builder().code(NotificationReply.HTTP_STATUS)
          .body(NotificationReply.ok().body()).build());
    }
  }

  private static ChargeRequest charge(String pan, String cvv, String invoiceId) {
    return ChargeRequest.builder()
        .amount("25.50").currency("EUR").name("Jane Roe").description("Order " + invoiceId)
        .ip("10.0.0.7").accountId("jane@example.com").invoiceId(invoiceId)
        .successRedirectUrl("https://shop.example/ok").failureRedirectUrl("https://shop.example/fail")
        .card(Card.of(pan, cvv, 12, 2049))
        .build();
  }

  private Notification lastNotification() {
    List<DeliveredNotification> sent = simulator.notifications();
    DeliveredNotification last = sent.get(sent.size() - 1);
    assertThat(last.lastStatus()).isEqualTo(200);
    assertThat(last.body()).doesNotContain("4242424242424242").doesNotContain("4111111111111111");
    return odeonPay.notifications().parse(last.body(), last.contentHmac());
  }

  @Test
  void wrongSecretOrMissingSignatureIsUnauthorized() {
    try (OdeonPayClient wrongSecret = OdeonPayClient.builder().publicId(PUBLIC_ID).apiSecret("nope")
        .signatureKey(SIGNATURE_KEY).baseUrl(simulator.baseUrl()).build();
        OdeonPayClient unsigned = OdeonPayClient.builder().publicId(PUBLIC_ID).apiSecret(API_SECRET)
            .baseUrl(simulator.baseUrl()).build()) {
      assertThat(catchThrowableOfType(AuthenticationException.class, wrongSecret::test).providerMessage())
          .isEqualTo("Unauthorized");
      assertThat(catchThrowableOfType(AuthenticationException.class, unsigned::test).providerMessage())
          .isEqualTo("Invalid Content-HMAC");
    }
    assertThat(odeonPay.test()).isEqualTo("Test message success");
  }

  @Test
  void successCardCompletesWithATokenAndNotifies() {
    receiverAnswersOk(1);

    ChargeResult result = odeonPay.payments().charge(charge("4242424242424242", "123", "o-1"));

    assertThat(result).isInstanceOf(ChargeResult.Completed.class);
    Transaction paid = ((ChargeResult.Completed) result).transaction();
    assertThat(paid.token()).isNotBlank();
    assertThat(odeonPay.payments().status(paid.transactionId()).transactionStatus())
        .isEqualTo(TransactionStatus.COMPLETED);
    assertThat(lastNotification()).isInstanceOfSatisfying(Notification.PaymentSuccess.class, n -> {
      assertThat(n.transactionId()).isEqualTo(paid.transactionId());
      assertThat(n.cardFirstSix()).isEqualTo("424242");
      assertThat(n.cardLastFour()).isEqualTo("4242");
      assertThat(n.token()).isEqualTo(paid.token());
    });
  }

  @Test
  void paymentCheckRepliesApproveOrRejectThePayment() {
    simulator.paymentCheckTo(receiver.url("/odeonpay/check").toString());
    receiver.enqueue(new MockResponse.Builder().code(200).body(NotificationReply.reject(3).body()).build());
    receiverAnswersOk(1);

    ChargeResult rejected = odeonPay.payments().charge(charge("4242424242424242", "123", "pc-1"));

    assertThat(rejected).isInstanceOfSatisfying(ChargeResult.Declined.class,
        d -> assertThat(d.reasonCode()).isEqualTo(OdeonPaySimulator.REJECTED_BY_PAYMENT_CHECK));
    DeliveredNotification check = simulator.notifications().get(0);
    assertThat(odeonPay.notifications().parse(check.body(), check.contentHmac()))
        .isInstanceOfSatisfying(Notification.PaymentCheck.class, c -> {
          assertThat(c.invoiceId()).isEqualTo("pc-1");
          assertThat(c.cardLastFour()).isEqualTo("4242");
        });

    receiverAnswersOk(2);
    assertThat(odeonPay.payments().charge(charge("4242424242424242", "123", "pc-2")))
        .isInstanceOf(ChargeResult.Completed.class);
  }

  @Test
  void cvv333DeclinesWithInsufficientFunds() {
    receiverAnswersOk(1);

    ChargeResult result = odeonPay.payments().charge(charge("4242424242424242", "333", "o-2"));

    assertThat(result).isInstanceOfSatisfying(ChargeResult.Declined.class,
        d -> assertThat(d.reasonCode()).isEqualTo(5051));
    assertThat(lastNotification()).isInstanceOf(Notification.PaymentFailure.class);
  }

  @Test
  void advanced3dsCompletesThroughAcsAndPost3ds() {
    receiverAnswersOk(2);
    ChargeResult.Requires3dsAcs acs = (ChargeResult.Requires3dsAcs)
        odeonPay.payments().charge(charge("4111111111111111", "123", "o-3"));

    String paRes = simulator.acsPaRes(acs.paReq(), OdeonPaySimulator.PASSPHRASE);
    ChargeResult result = odeonPay.payments().post3ds(Long.parseLong(acs.md()), paRes);

    assertThat(result).isInstanceOf(ChargeResult.Completed.class);
    assertThat(result.transactionId()).isEqualTo(acs.transactionId());

    ChargeResult.Requires3dsAcs second = (ChargeResult.Requires3dsAcs)
        odeonPay.payments().charge(charge("4111111111111111", "123", "o-3b"));
    ChargeResult wrongPassphrase = odeonPay.payments().post3ds(second.transactionId(),
        simulator.acsPaRes(second.paReq(), "wrong"));
    assertThat(wrongPassphrase).isInstanceOf(ChargeResult.Declined.class);
  }

  @Test
  void advanced3dsWithCvv333IsDeclinedAfterAuthentication() {
    receiverAnswersOk(1);
    ChargeResult.Requires3dsAcs acs = (ChargeResult.Requires3dsAcs)
        odeonPay.payments().charge(charge("4111111111111111", "333", "o-4"));

    ChargeResult result = odeonPay.payments().post3ds(acs.transactionId(), simulator.acsPaRes(acs.paReq(), "4"));

    assertThat(result).isInstanceOf(ChargeResult.Declined.class);
  }

  @Test
  void redirect3dsCompletesWhenTheCardholderPasses() {
    receiverAnswersOk(1);
    ChargeResult.Requires3dsRedirect redirect = (ChargeResult.Requires3dsRedirect)
        odeonPay.payments().charge(charge("4200000000000000", "123", "o-5"));
    assertThat(odeonPay.payments().status(redirect.transactionId()).transactionStatus())
        .isEqualTo(TransactionStatus.AWAITING_AUTHENTICATION);

    String landing = simulator.completeRedirect3ds(redirect.url(), "4");

    assertThat(landing).isEqualTo("https://shop.example/ok");
    assertThat(odeonPay.payments().status(redirect.transactionId()).transactionStatus())
        .isEqualTo(TransactionStatus.COMPLETED);
    assertThat(lastNotification()).isInstanceOf(Notification.PaymentSuccess.class);
  }

  @Test
  void refundOutcomesFollowTheTestCards() {
    receiverAnswersOk(10);
    long success = odeonPay.payments().charge(charge("4242424242424242", "123", "r-1")).transactionId();
    ChargeResult.Requires3dsAcs acs = (ChargeResult.Requires3dsAcs)
        odeonPay.payments().charge(charge("4111111111111111", "123", "r-2"));
    odeonPay.payments().post3ds(acs.transactionId(), simulator.acsPaRes(acs.paReq(), "4"));
    ChargeResult.Requires3dsRedirect redirect = (ChargeResult.Requires3dsRedirect)
        odeonPay.payments().charge(charge("4200000000000000", "123", "r-3"));
    simulator.completeRedirect3ds(redirect.url(), "4");

    Refund partial = odeonPay.payments().refund(success, new BigDecimal("5.50"));
    assertThat(odeonPay.payments().status(partial.transactionId()).transactionStatus())
        .isEqualTo(TransactionStatus.REFUND_COMPLETED);
    assertThat(lastNotification()).isInstanceOfSatisfying(Notification.RefundSuccess.class,
        n -> assertThat(n.paymentTransactionId()).isEqualTo(success));
    Refund rest = odeonPay.payments().refund(success);
    assertThat(odeonPay.payments().status(rest.transactionId()).amount()).isEqualByComparingTo("20.00");

    Refund declined = odeonPay.payments().refund(acs.transactionId());
    assertThat(odeonPay.payments().status(declined.transactionId()).isDeclined()).isTrue();
    assertThat(lastNotification()).isInstanceOf(Notification.RefundFailure.class);

    Refund pending = odeonPay.payments().refund(redirect.transactionId());
    assertThat(odeonPay.payments().status(pending.transactionId()).transactionStatus())
        .isEqualTo(TransactionStatus.CREATED);

    assertThat(catchThrowableOfType(RequestRejectedException.class,
        () -> odeonPay.payments().refund(success, new BigDecimal("1.00"))).providerMessage())
        .isEqualTo("Invalid Amount value");
  }

  @Test
  void payoutOutcomesFollowTheTestCards() {
    receiverAnswersOk(10);
    Transaction paid = ((ChargeResult.Completed) odeonPay.payments()
        .charge(charge("4242424242424242", "123", "p-1"))).transaction();

    Transaction byToken = odeonPay.payouts().byToken(TokenPayoutRequest.builder()
        .token(paid.token()).amount("10.00").accountId("jane@example.com").currency("EUR").build());
    assertThat(byToken.transactionStatus()).isEqualTo(TransactionStatus.PAYOUT_COMPLETED);
    assertThat(lastNotification()).isInstanceOf(Notification.PayoutSuccess.class);

    Transaction declined = odeonPay.payouts().toCard(payout("4111111111111111"));
    assertThat(declined.isDeclined()).isTrue();
    assertThat(lastNotification()).isInstanceOf(Notification.PayoutFailure.class);

    assertThat(odeonPay.payouts().toCard(payout("4200000000000000")).transactionStatus())
        .isEqualTo(TransactionStatus.CREATED);
  }

  private static CardPayoutRequest payout(String pan) {
    return CardPayoutRequest.builder().pan(pan).name("Jane Roe").amount("3.00").currency("EUR").build();
  }

  @Test
  void duplicateProtectionDeclinesARepeatedInvoiceId() {
    simulator.duplicateProtection(true);
    receiverAnswersOk(2);
    try (OdeonPayClient protectedClient = client(true)) {
      protectedClient.payments().charge(charge("4242424242424242", "123", "dup-1"));

      DuplicateInvoiceException e = catchThrowableOfType(DuplicateInvoiceException.class,
          () -> protectedClient.payments().charge(charge("4242424242424242", "123", "dup-1")));

      assertThat(e.lookupKey()).isEqualTo("dup-1");
      List<Transaction> all = protectedClient.payments().statusByInvoice("dup-1");
      assertThat(all).extracting(Transaction::transactionStatus)
          .containsExactly(TransactionStatus.COMPLETED, TransactionStatus.DECLINED);
      assertThat(all.get(1).reasonCode()).isEqualTo(6002);
    }
  }

  @Test
  void aLostAnswerWithProtectionIsRetriedAndPointsToTheOriginal() {
    simulator.duplicateProtection(true);
    receiverAnswersOk(2);
    simulator.enqueueFault(Fault.disconnectAfterProcessing());
    try (OdeonPayClient protectedClient = client(true)) {
      DuplicateInvoiceException e = catchThrowableOfType(DuplicateInvoiceException.class,
          () -> protectedClient.payments().charge(charge("4242424242424242", "123", "lost-1")));

      assertThat(e.isOutcomeUnknown()).isTrue();
      assertThat(simulator.callCount("POST", "/payments/charge/card")).isEqualTo(2);
      assertThat(protectedClient.payments().statusByInvoice(e.lookupKey()).get(0).isSuccessful()).isTrue();
    }
  }

  @Test
  void aLostAnswerWithoutProtectionIsNeverResent() {
    receiverAnswersOk(1);
    simulator.enqueueFault(Fault.disconnectAfterProcessing());

    ApiConnectionException e = catchThrowableOfType(ApiConnectionException.class,
        () -> odeonPay.payments().charge(charge("4242424242424242", "123", "lost-2")));

    assertThat(e.isOutcomeUnknown()).isTrue();
    assertThat(e.lookupKey()).isEqualTo("lost-2");
    assertThat(simulator.callCount("POST", "/payments/charge/card")).isEqualTo(1);
    assertThat(odeonPay.payments().statusByInvoice("lost-2")).hasSize(1);
  }

  @Test
  void faultsBecomeTypedExceptionsOrRetriedReads() {
    receiverAnswersOk(1);
    long id = odeonPay.payments().charge(charge("4242424242424242", "123", "f-1")).transactionId();

    simulator.enqueueFault(Fault.status(502));
    assertThat(odeonPay.payments().status(id).transactionId()).isEqualTo(id);

    simulator.enqueueFault(Fault.rateLimited("1"));
    assertThat(odeonPay.payments().statusByInvoice("f-1")).hasSize(1);

    simulator.enqueueFault(Fault.resetMidBody());
    receiverAnswersOk(1);
    ApiConnectionException reset = catchThrowableOfType(ApiConnectionException.class,
        () -> odeonPay.payouts().toCard(payout("4242424242424242")));
    assertThat(reset.isOutcomeUnknown()).isTrue();

    simulator.enqueueFault(Fault.truncatedJson());
    receiverAnswersOk(1);
    MalformedResponseException e = catchThrowableOfType(MalformedResponseException.class,
        () -> odeonPay.payments().charge(charge("4242424242424242", "123", "f-2")));
    assertThat(e.isOutcomeUnknown()).isTrue();
    assertThat(e.lookupKey()).isEqualTo("f-2");
  }

  @Test
  void listAndBalanceReflectState() {
    receiverAnswersOk(3);
    odeonPay.payments().charge(charge("4242424242424242", "123", "b-1"));
    long second = odeonPay.payments().charge(charge("4242424242424242", "123", "b-2")).transactionId();
    odeonPay.payments().refund(second, new BigDecimal("0.50"));

    List<ListedTransaction> day = odeonPay.payments().list(LocalDate.of(2026, 3, 1), ListTimezone.EUROPE_MOSCOW);
    List<ListedTransaction> dayBefore = odeonPay.payments().list(LocalDate.of(2026, 2, 28));
    List<Balance> balances = odeonPay.payments().balance();

    assertThat(day).hasSize(3);
    assertThat(day.get(2).paymentTransactionId()).isEqualTo(second);
    assertThat(day.get(0).createdAt()).isEqualTo(Instant.parse("2026-03-01T10:15:00Z"));
    assertThat(dayBefore).isEmpty();
    assertThat(balances.get(0).currencies().get(0).total()).isEqualByComparingTo("50.50");
  }

  @Test
  void linksAndHostedRedirect() throws IOException {
    Link checkout = odeonPay.checkout().checkoutLink(CheckoutLinkRequest.builder()
        .amount("9.99").currency("EUR").invoiceId("c-1").build());
    PaymentLink link = odeonPay.checkout().paymentLink(PaymentLinkRequest.builder()
        .amount("9.99").currency("EUR").description("Test").accountId("a@b.c").invoiceId("c-2")
        .data(PayerData.builder().paymentTypeId(ApmPaymentType.APM_TEST_PAYMENT.id()).personId("success@bank")
            .build())
        .build());
    String redirect = odeonPay.checkout().redirectUrl(HostedRedirect.builder()
        .amount("9.99").description("Order 1").currency("EUR").successUrl("https://s.example/ok")
        .failureUrl("https://s.example/f").pendingUrl("https://s.example/p").cancelUrl("https://s.example/c")
        .build());

    assertThat(checkout.action()).startsWith(simulator.baseUrl());
    assertThat(link.transaction().transactionStatus()).isEqualTo(TransactionStatus.CREATED);
    try (Response page = new OkHttpClient().newCall(new Request.Builder().url(redirect).build()).execute()) {
      assertThat(page.code()).isEqualTo(200);
    }
  }

  @Test
  void apmTestPayoutSettlesByNotification() {
    receiverAnswersOk(2);

    Transaction ok = odeonPay.apm().payout(apmPayout("success@bank", "a-1"));
    assertThat(ok.transactionStatus()).isEqualTo(TransactionStatus.CREATED);
    assertThat(lastNotification()).isInstanceOf(Notification.PayoutSuccess.class);
    assertThat(odeonPay.payments().status(ok.transactionId()).transactionStatus())
        .isEqualTo(TransactionStatus.PAYOUT_COMPLETED);

    odeonPay.apm().payout(apmPayout("failure@bank", "a-2"));
    assertThat(lastNotification()).isInstanceOf(Notification.PayoutFailure.class);
  }

  @Test
  void apmRefundIsCreated() {
    PaymentLink link = odeonPay.checkout().paymentLink(PaymentLinkRequest.builder()
        .amount("700").currency("INR").description("UPI").accountId("a@b.c")
        .data(PayerData.builder().paymentTypeId(ApmPaymentType.IN_UPI.id()).build()).build());

    Transaction refund = odeonPay.apm().refund(link.transaction().transactionId(), new BigDecimal("700"));

    assertThat(refund.transactionId()).isNotEqualTo(link.transaction().transactionId());
    assertThat(refund.transactionStatus()).isEqualTo(TransactionStatus.CREATED);
  }

  private static ApmPayoutRequest apmPayout(String personId, String invoiceId) {
    return ApmPayoutRequest.builder().amount("10").currency("EUR").accountId("a@b.c").name("A B")
        .invoiceId(invoiceId)
        .data(PayerData.builder().personId(personId).paymentTypeId(ApmPaymentType.APM_TEST_PAYOUT.id()).build())
        .build();
  }
}
