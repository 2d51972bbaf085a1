package io.github.paysdk.momo;

import io.github.paysdk.core.testing.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.paysdk.core.auth.Secret;
import io.github.paysdk.core.error.AuthenticationException;
import io.github.paysdk.core.error.ConflictException;
import io.github.paysdk.core.error.InvalidRequestException;
import io.github.paysdk.core.error.MalformedResponseException;
import io.github.paysdk.core.error.NotFoundException;
import io.github.paysdk.core.error.ServerException;
import io.github.paysdk.momo.callback.MomoCallback;
import io.github.paysdk.momo.callback.MomoCallbacks;
import io.github.paysdk.momo.collection.CreateInvoiceRequest;
import io.github.paysdk.momo.collection.CreatePaymentRequest;
import io.github.paysdk.momo.collection.InvoiceResult;
import io.github.paysdk.momo.collection.Money;
import io.github.paysdk.momo.collection.PaymentResult;
import io.github.paysdk.momo.collection.PreApprovalRequest;
import io.github.paysdk.momo.collection.RequestToPayRequest;
import io.github.paysdk.momo.model.Accepted;
import io.github.paysdk.momo.model.AccountHolder;
import io.github.paysdk.momo.model.Party;
import io.github.paysdk.momo.model.ReasonCode;
import io.github.paysdk.momo.model.TransactionResult;
import io.github.paysdk.momo.model.TransactionStatus;
import io.github.paysdk.momo.model.TransferRequest;
import io.github.paysdk.momo.consent.UserInfo;
import io.github.paysdk.testing.Fault;
import io.github.paysdk.testing.momo.MomoSimulator;
import io.github.paysdk.testing.momo.SentCallback;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The SDK against the in-process MoMo simulator: auth checks, state, sandbox numbers, faults, callbacks. */
class MomoSimulatorTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T08:00:00Z"));
  private MomoSimulator simulator;
  private MomoClient momo;

  @BeforeEach
  void start() {
    simulator = new MomoSimulator(clock).start();
    momo = client(MomoSimulator.API_USER, MomoSimulator.API_KEY, MomoSimulator.COLLECTION_SUBSCRIPTION_KEY);
  }

  @AfterEach
  void stop() {
    momo.close();
    simulator.close();
  }

  private MomoClient client(String apiUser, String apiKey, String collectionKey) {
    return MomoClient.builder()
        .environment(MomoEnvironment.SANDBOX)
        .baseUrl(simulator.baseUrl())
        .collection(ProductCredentials.of(collectionKey, apiUser, apiKey))
        .disbursement(ProductCredentials.of(MomoSimulator.DISBURSEMENT_SUBSCRIPTION_KEY, apiUser, apiKey))
        .remittance(ProductCredentials.of(MomoSimulator.REMITTANCE_SUBSCRIPTION_KEY, apiUser, apiKey))
        .clock(clock)
        .sleeper(clock::advance)
        .build();
  }

  private static RequestToPayRequest.Builder pay(String msisdn) {
    return RequestToPayRequest.builder().amount("100").currency("EUR").externalId("order-1")
        .payer(Party.msisdn(msisdn)).payerMessage("Order 1").payeeNote("Shop");
  }

  private static TransferRequest.Builder payout(String msisdn) {
    return TransferRequest.builder().amount("250").currency("EUR").externalId("payout-1")
        .payee(Party.msisdn(msisdn));
  }

  @Test
  void requestToPayAdvancesFromPendingToSuccessful() {
    Accepted accepted = momo.collection().requestToPay(pay(MomoSandbox.SUCCESS).build());

    TransactionResult first = momo.collection().requestToPayStatus(accepted.referenceId());
    TransactionResult second = momo.collection().requestToPayStatus(accepted.referenceId());

    assertThat(first.status()).isEqualTo(TransactionStatus.PENDING);
    assertThat(first.financialTransactionId()).isNull();
    assertThat(second.status()).isEqualTo(TransactionStatus.SUCCESSFUL);
    assertThat(second.financialTransactionId()).isNotBlank();
    assertThat(momo.collection().balance().availableBalance()).isEqualByComparingTo("100");
    assertThat(simulator.tokensIssued("collection")).isEqualTo(1);
  }

  @Test
  void transferAwaitedWithPolling() {
    Accepted accepted = momo.disbursement().transfer(payout("256772123456").build());

    TransactionResult result = momo.disbursement().awaitTransfer(accepted.referenceId(), Duration.ofMinutes(1));

    assertThat(result.isSuccessful()).isTrue();
    assertThat(simulator.balance("disbursement")).isEqualByComparingTo("999750");
  }

  @Test
  void sandboxNumbersFailAsTheTableSays() {
    UUID rejected = momo.collection().requestToPay(pay(MomoSandbox.REJECTED).build()).referenceId();
    UUID timeout = momo.collection().requestToPay(pay(MomoSandbox.TIMEOUT).build()).referenceId();
    UUID failed = momo.disbursement().transfer(payout(MomoSandbox.FAILED).build()).referenceId();
    UUID pending = momo.collection().requestToPay(pay(MomoSandbox.PENDING).build()).referenceId();

    assertThat(momo.collection().requestToPayStatus(rejected).reason().reasonCode())
        .isEqualTo(ReasonCode.APPROVAL_REJECTED);
    assertThat(momo.collection().requestToPayStatus(timeout).reason().reasonCode())
        .isEqualTo(ReasonCode.EXPIRED);
    TransactionResult failedResult = momo.disbursement().transferStatus(failed);
    assertThat(failedResult.isFailed()).isTrue();
    assertThat(failedResult.reason().reasonCode()).isEqualTo(ReasonCode.INTERNAL_PROCESSING_ERROR);
    TransactionResult stillPending = momo.collection().awaitRequestToPay(pending, Duration.ofSeconds(20));
    assertThat(stillPending.isFinal()).isFalse();
    assertThat(momo.disbursement().isAccountHolderActive(AccountHolder.msisdn(MomoSandbox.REJECTED))).isFalse();
    assertThatThrownBy(() -> momo.disbursement().basicUserInfo(MomoSandbox.FAILED))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void wrongSubscriptionKeyOrApiKeyIsRefused() {
    try (MomoClient wrongKey = client(MomoSimulator.API_USER, MomoSimulator.API_KEY, "not-the-key");
        MomoClient wrongSecret = client(MomoSimulator.API_USER, "wrong-api-key",
            MomoSimulator.COLLECTION_SUBSCRIPTION_KEY)) {
      assertThatThrownBy(() -> wrongKey.collection().balance())
          .isInstanceOfSatisfying(AuthenticationException.class,
              e -> assertThat(e.providerMessage()).contains("invalid subscription key"));
      assertThatThrownBy(() -> wrongSecret.collection().balance())
          .isInstanceOfSatisfying(AuthenticationException.class,
              e -> assertThat(e.providerCode()).isEqualTo("login_failed"));
    }
  }

  @Test
  void expiredTokensAreRenewedAndRejectedOnesRefreshedOnce() {
    simulator.tokenLifetime(Duration.ofMinutes(10));
    momo.disbursement().balance();
    clock.advance(Duration.ofMinutes(10));
    momo.disbursement().balance();
    assertThat(simulator.tokensIssued("disbursement")).isEqualTo(2);

    simulator.expireTokens();
    momo.disbursement().balance();
    assertThat(simulator.tokensIssued("disbursement")).isEqualTo(3);
  }

  @Test
  void aLostAnswerIsRetriedAndTheDuplicateIsAlreadyAccepted() {
    momo.disbursement().balance();
    simulator.enqueueFault(Fault.disconnectAfterProcessing());
    TransferRequest request = payout(MomoSandbox.SUCCESS).build();

    Accepted accepted = momo.disbursement().transfer(request);

    assertThat(accepted).isEqualTo(new Accepted(request.referenceId(), true));
    assertThat(simulator.callCount("POST", "/disbursement/v1_0/transfer")).isEqualTo(2);
    assertThat(simulator.statusOf(request.referenceId().toString())).isEqualTo("PENDING");
  }

  @Test
  void anotherRequestWithAUsedReferenceIdIsAConflict() {
    TransferRequest first = payout(MomoSandbox.SUCCESS).build();
    momo.disbursement().transfer(first);
    TransferRequest second = payout(MomoSandbox.SUCCESS).amount("999").referenceId(first.referenceId()).build();

    assertThatThrownBy(() -> momo.disbursement().transfer(second))
        .isInstanceOfSatisfying(ConflictException.class,
            e -> assertThat(e.providerCode()).isEqualTo("RESOURCE_ALREADY_EXIST"));
  }

  @Test
  void faultsBecomeTypedExceptionsOrRetries() {
    UUID id = momo.collection().requestToPay(pay(MomoSandbox.SUCCESS).build()).referenceId();
    simulator.enqueueFault(Fault.status(502));
    assertThat(momo.collection().requestToPayStatus(id).status()).isEqualTo(TransactionStatus.PENDING);

    simulator.enqueueFault(Fault.truncatedJson());
    assertThatThrownBy(() -> momo.collection().requestToPayStatus(id))
        .isInstanceOf(MalformedResponseException.class);
  }

  @Test
  void callbacksArriveByPostForV1AndPutForV2() throws Exception {
    try (MockWebServer receiver = new MockWebServer()) {
      receiver.start();
      receiver.enqueue(new MockResponse.Builder().code(200).build());
      receiver.enqueue(new MockResponse.Builder().code(200).build());
      String callbackUrl = receiver.url("/momo/callback").toString();

      Accepted rejected = momo.collection().requestToPay(pay(MomoSandbox.REJECTED).callbackUrl(callbackUrl).build());
      Accepted deposit = momo.disbursement().depositV2(payout(MomoSandbox.SUCCESS).callbackUrl(callbackUrl).build());
      simulator.settle(deposit.referenceId().toString());

      RecordedRequest post = receiver.takeRequest(5, TimeUnit.SECONDS);
      RecordedRequest put = receiver.takeRequest(5, TimeUnit.SECONDS);
      MomoCallback rejectedCallback = MomoCallbacks.parse(post.getMethod(), post.getBody().toByteArray());
      MomoCallback depositCallback = MomoCallbacks.parse(put.getMethod(), put.getBody().toByteArray());
      assertThat(rejectedCallback.method()).isEqualTo("POST");
      assertThat(rejectedCallback.result().reason().reasonCode()).isEqualTo(ReasonCode.APPROVAL_REJECTED);
      assertThat(depositCallback.method()).isEqualTo("PUT");
      assertThat(depositCallback.result().status()).isEqualTo(TransactionStatus.SUCCESSFUL);
      assertThat(MomoCallbacks.confirm(rejectedCallback,
          () -> momo.collection().requestToPayStatus(rejected.referenceId())).matches()).isTrue();
      assertThat(simulator.callbacks()).extracting(SentCallback::receiverStatus).containsExactly(200, 200);
    }
  }

  @Test
  void provisionedUsersWorkAndTheirCallbackHostIsEnforced() {
    UUID user = UUID.randomUUID();
    momo.provisioning().createApiUser(user, "merchant.example");
    Secret key = momo.provisioning().createApiKey(user);
    assertThat(momo.provisioning().getApiUser(user).providerCallbackHost()).isEqualTo("merchant.example");

    try (MomoClient provisioned = client(user.toString(), key.reveal(),
        MomoSimulator.COLLECTION_SUBSCRIPTION_KEY)) {
      assertThat(provisioned.collection().balance().currency()).isEqualTo("EUR");
      assertThatThrownBy(() -> provisioned.collection().requestToPay(
          pay(MomoSandbox.SUCCESS).callbackUrl("https://elsewhere.example/cb").build()))
          .isInstanceOfSatisfying(ServerException.class, e -> {
            assertThat(e.providerCode()).isEqualTo("INVALID_CALLBACK_URL_HOST");
            assertThat(e.isOutcomeUnknown()).isFalse();
          });
    }
  }

  @Test
  void theSimulatorInsistsOnContentLengthForBodylessPosts() throws IOException {
    okhttp3.OkHttpClient raw = new okhttp3.OkHttpClient();
    okhttp3.Request chunked = new okhttp3.Request.Builder()
        .url(simulator.baseUrl() + "/disbursement/token/")
        .header("Ocp-Apim-Subscription-Key", MomoSimulator.DISBURSEMENT_SUBSCRIPTION_KEY)
        .post(new okhttp3.RequestBody() {
          @Override
          public okhttp3.MediaType contentType() {
            return null;
          }

          @Override
          public long contentLength() {
            return -1;
          }

          @Override
          public void writeTo(okio.BufferedSink sink) {}
        })
        .build();
    try (okhttp3.Response response = raw.newCall(chunked).execute()) {
      assertThat(response.code()).isEqualTo(411);
    }
    momo.disbursement().balance();
    assertThat(simulator.tokensIssued("disbursement")).isEqualTo(1);
    assertThat(new BigDecimal("1000000")).isEqualByComparingTo(simulator.balance("disbursement"));
  }

  @Test
  void concurrentCallsShareOneTokenRequest() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> calls = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        calls.add(pool.submit(() -> momo.remittance().balance()));
      }
      for (Future<?> call : calls) {
        call.get(10, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(simulator.tokensIssued("remittance")).isEqualTo(1);
  }

  @Test
  void invoicesPaymentsAndPreApprovalsAdvanceToo() {
    Accepted invoice = momo.collection().createInvoice(CreateInvoiceRequest
        .builder().externalId("inv-1").amount("700").currency("EUR").validityDuration(3600)
        .intendedPayer(Party.msisdn(MomoSandbox.SUCCESS)).description("Invoice 1").build());
    Accepted cancelled = momo.collection().createInvoice(CreateInvoiceRequest
        .builder().externalId("inv-2").amount("700").currency("EUR").validityDuration(3600)
        .intendedPayer(Party.msisdn(MomoSandbox.SUCCESS)).build());
    Accepted payment = momo.collection().createPayment(CreatePaymentRequest
        .builder().externalTransactionId("tx-1").money(Money.of("2000", "EUR"))
        .customerReference("cust").serviceProviderUserName("shop").build());
    Accepted approval = momo.collection().preApproval(PreApprovalRequest
        .builder().payer(Party.msisdn(MomoSandbox.REJECTED)).payerCurrency("EUR").validityTime(600).build());

    assertThat(momo.collection().awaitFinal(() -> momo.collection().invoiceStatus(invoice.referenceId()),
        Duration.ofMinutes(1)).paymentReference()).isNotBlank();
    momo.collection().cancelInvoice(cancelled.referenceId(), "inv-2", null, null);
    InvoiceResult cancelledStatus =
        momo.collection().invoiceStatus(cancelled.referenceId());
    assertThat(cancelledStatus.status()).isEqualTo(TransactionStatus.FAILED);
    assertThat(cancelledStatus.errorReason().reasonCode()).isEqualTo(ReasonCode.TRANSACTION_CANCELED);
    PaymentResult paymentStatus =
        momo.collection().paymentStatus(payment.referenceId());
    assertThat(paymentStatus.status()).isEqualTo(TransactionStatus.FAILED);
    assertThat(paymentStatus.referenceId()).isEqualTo(payment.referenceId().toString());
    assertThat(momo.collection().preApprovalStatus(approval.referenceId()).reason().reasonCode())
        .isEqualTo(ReasonCode.APPROVAL_REJECTED);
  }

  @Test
  void theConsentFlowRunsEndToEnd() {
    UserInfo info = momo.disbursement().consent().userInfoWithConsent(
        AccountHolder.msisdn(MomoSandbox.SUCCESS), "profile", Duration.ofMinutes(1));

    assertThat(info.givenName()).isEqualTo("Sand");
    assertThat(info.address().locality()).isEqualTo("Karlskrona");
    assertThatThrownBy(() -> momo.disbursement().consent().userInfoWithConsent(
        AccountHolder.msisdn(MomoSandbox.REJECTED), "profile", Duration.ofMinutes(1)))
        .isInstanceOfSatisfying(InvalidRequestException.class,
            e -> assertThat(e.providerCode()).isEqualTo("access_denied"));
    assertThatThrownBy(() -> momo.disbursement().consent().userInfoWithConsent(
        AccountHolder.msisdn(MomoSandbox.TIMEOUT), "profile", Duration.ofSeconds(5)))
        .isInstanceOfSatisfying(InvalidRequestException.class,
            e -> assertThat(e.providerCode()).isEqualTo("authorization_pending"));
  }
}
