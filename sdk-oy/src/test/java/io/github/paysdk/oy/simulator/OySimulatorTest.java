package io.github.paysdk.oy.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.paysdk.core.error.ApiTimeoutException;
import io.github.paysdk.core.error.AuthenticationException;
import io.github.paysdk.core.error.ConflictException;
import io.github.paysdk.core.error.InvalidRequestException;
import io.github.paysdk.core.error.MalformedResponseException;
import io.github.paysdk.core.error.NotFoundException;
import io.github.paysdk.core.error.PaySdkException;
import io.github.paysdk.core.error.PermissionException;
import io.github.paysdk.oy.error.DuplicatePartnerTrxIdException;
import io.github.paysdk.oy.OyClient;
import io.github.paysdk.oy.model.OyOutcome;
import io.github.paysdk.oy.accountinquiry.AccountInquiry;
import io.github.paysdk.oy.accountinquiry.InquiryInvoice;
import io.github.paysdk.oy.accountinquiry.InquiryInvoiceStatus;
import io.github.paysdk.oy.callback.OyCallbacks;
import io.github.paysdk.oy.callback.VaPaymentCallback;
import io.github.paysdk.oy.checkout.CreateCheckoutInvoiceRequest;
import io.github.paysdk.oy.checkout.CreatePaymentLinkRequest;
import io.github.paysdk.oy.checkout.InvoiceItem;
import io.github.paysdk.oy.checkout.PaymentLink;
import io.github.paysdk.oy.checkout.PaymentLinkDetails;
import io.github.paysdk.oy.checkout.PaymentLinkStatus;
import io.github.paysdk.oy.checkout.PaymentStatus;
import io.github.paysdk.oy.disbursement.CreateDisbursementRequest;
import io.github.paysdk.oy.disbursement.Disbursement;
import io.github.paysdk.oy.receivable.ArInvoice;
import io.github.paysdk.oy.receivable.ArInvoiceItem;
import io.github.paysdk.oy.receivable.ArInvoiceRequest;
import io.github.paysdk.oy.receivable.ArInvoiceStatus;
import io.github.paysdk.oy.receivable.Customer;
import io.github.paysdk.oy.receivable.CustomerRequest;
import io.github.paysdk.oy.receivable.PaymentConfiguration;
import io.github.paysdk.oy.receivable.PphTax;
import io.github.paysdk.oy.receivable.TaxType;
import io.github.paysdk.oy.virtualaccount.CreateVirtualAccountRequest;
import io.github.paysdk.oy.virtualaccount.VaStatus;
import io.github.paysdk.oy.virtualaccount.VaTransaction;
import io.github.paysdk.oy.virtualaccount.VirtualAccount;
import io.github.paysdk.testing.Fault;
import io.github.paysdk.testing.oy.OySimulator;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The SDK against the OY simulator: auth, state, documented codes, callbacks and faults. */
class OySimulatorTest {
  private OySimulator sim;
  private OyClient oy;
  private MockWebServer receiver;

  @BeforeEach
  void start() throws IOException {
    sim = OySimulator.startDefault();
    oy = client(sim.apiKey());
    receiver = new MockWebServer();
    receiver.start();
  }

  @AfterEach
  void stop() {
    oy.close();
    sim.close();
    receiver.close();
  }

  private OyClient client(String apiKey) {
    return OyClient.builder().username(sim.username()).apiKey(apiKey).baseUrl(sim.baseUrl())
        .sleeper(duration -> {}).build();
  }

  private static CreateDisbursementRequest remit(String id, long amount, String account) {
    return CreateDisbursementRequest.builder().recipientBank("014").recipientAccount(account)
        .amount(amount).partnerTrxId(id).note("rent").build();
  }

  private RecordedRequest callbackReceived() throws InterruptedException {
    RecordedRequest request = receiver.takeRequest(5, TimeUnit.SECONDS);
    assertThat(request).isNotNull();
    return request;
  }

  @Test
  void aWrongApiKeyIsRejectedWithCode208() {
    try (OyClient wrong = client("not-the-key")) {
      assertThatThrownBy(() -> wrong.balance().get())
          .isInstanceOf(AuthenticationException.class).hasMessageContaining("208");
      assertThatThrownBy(() -> wrong.checkout().status("x"))
          .isInstanceOf(AuthenticationException.class);
    }
    assertThat(sim.calls().get(0).header("X-OY-Username")).isEqualTo("simulator");
  }

  @Test
  void accountInquiryFindsRegisteredAccountsAndBillsEveryInquiry() {
    AccountInquiry found = oy.accountInquiry().inquire("014", "1239812390");
    AccountInquiry missing = oy.accountInquiry().inquire("014", "5555555555");

    assertThat(found.accountFound()).isTrue();
    assertThat(found.accountName()).isEqualTo("John Doe");
    assertThat(missing.outcome()).isEqualTo(OyOutcome.FAILED);
    InquiryInvoice invoice = oy.accountInquiry().getInvoice(found.invoiceId());
    assertThat(invoice.totalInquiry()).isEqualTo(2);
    assertThat(invoice.invoiceStatus()).isEqualTo(InquiryInvoiceStatus.INITIATED);

    sim.billInquiryInvoices();
    assertThatThrownBy(() -> oy.accountInquiry().inquire("014", "1239812390"))
        .isInstanceOf(PermissionException.class).hasMessageContaining("232");
    assertThat(oy.accountInquiry().payInvoice(invoice.invoiceId()).invoiceStatus())
        .isEqualTo(InquiryInvoiceStatus.PAID);
    assertThat(oy.accountInquiry().listInvoices().stream()).hasSize(1);
    assertThatThrownBy(() -> oy.accountInquiry().payInvoice(invoice.invoiceId()))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void aDisbursementIsPendingThenSucceedsAndDrawsOnTheBalance() {
    sim.setBalance(new BigDecimal("1000000"));

    Disbursement created = oy.disbursement().create(remit("order-1", 150_000, "1239812390"));

    assertThat(created.outcome()).isEqualTo(OyOutcome.PENDING);
    assertThat(oy.balance().get().availableBalance()).isEqualByComparingTo("850000");
    assertThat(oy.disbursement().status("order-1").outcome()).isEqualTo(OyOutcome.PENDING);
    Disbursement done = oy.disbursement().status("order-1");
    assertThat(done.outcome()).isEqualTo(OyOutcome.SUCCESS);
    assertThat(done.recipientName()).isEqualTo("John Doe");
    assertThat(done.amount()).isEqualByComparingTo("150000");
  }

  @Test
  void sendingTheSameDisbursementTwiceCreatesOneAndReturnsIt() {
    Disbursement first = oy.disbursement().create(remit("order-2", 20_000, "1239812390"));
    Disbursement again = oy.disbursement().create(remit("order-2", 20_000, "1239812390"));

    assertThat(again.trxId()).isEqualTo(first.trxId());
    assertThat(sim.disbursementCount()).isEqualTo(1);
    assertThatThrownBy(() -> oy.disbursement().create(remit("order-2", 99_000, "1239812390")))
        .isInstanceOf(DuplicatePartnerTrxIdException.class);
    sim.completeDisbursement("order-2", true);
    assertThat(oy.disbursement().create(remit("order-2", 20_000, "1239812390")).outcome())
        .isEqualTo(OyOutcome.SUCCESS);
  }

  @Test
  void aLostAnswerIsRetriedSafelyAndResolvedToTheOneDisbursement() {
    sim.enqueueFault(Fault.disconnectAfterProcessing());

    Disbursement result = oy.disbursement().create(remit("order-3", 30_000, "1239812390"));

    assertThat(result.outcome()).isEqualTo(OyOutcome.PENDING);
    assertThat(sim.disbursementCount()).isEqualTo(1);
    assertThat(sim.callCount("POST", "/api/remit")).isGreaterThanOrEqualTo(2);
  }

  @Test
  void aTimedOutDisbursementIsRetriedWithTheSameIdAndNeverSentTwice() {
    sim.enqueueFault(Fault.delay(Duration.ofSeconds(2)));
    try (OyClient impatient = OyClient.builder().username(sim.username()).apiKey(sim.apiKey())
        .baseUrl(sim.baseUrl()).sleeper(duration -> {})
        .timeouts(Duration.ofSeconds(5), Duration.ofMillis(300), Duration.ofSeconds(5)).build()) {

      Disbursement result = impatient.disbursement().create(remit("order-8", 30_000, "1239812390"));

      assertThat(result.outcome()).isEqualTo(OyOutcome.PENDING);
      assertThat(sim.disbursementCount()).isEqualTo(1);
    }
  }

  @Test
  void aTimedOutPaymentLinkIsOutcomeUnknownWithItsPartnerTxId() {
    sim.enqueueFault(Fault.delay(Duration.ofSeconds(2)));
    try (OyClient impatient = OyClient.builder().username(sim.username()).apiKey(sim.apiKey())
        .baseUrl(sim.baseUrl()).sleeper(duration -> {})
        .timeouts(Duration.ofSeconds(5), Duration.ofMillis(300), Duration.ofSeconds(5)).build()) {

      assertThatThrownBy(() -> impatient.checkout().createPaymentLink(CreatePaymentLinkRequest
          .builder().partnerTxId("slow1").senderName("Budi").amount(20_000).open(false)
          .includeAdminFee(false).build()))
          .isInstanceOf(ApiTimeoutException.class)
          .satisfies(e -> {
            assertThat(((PaySdkException) e).isOutcomeUnknown()).isTrue();
            assertThat(((PaySdkException) e).lookupKey()).isEqualTo("slow1");
          });
    }
    assertThat(sim.callCount("POST", "/api/payment-checkout/create-v2")).isEqualTo(1);
    assertThat(oy.checkout().status("slow1").status()).isEqualTo(PaymentLinkStatus.CREATED);
  }

  @Test
  void aTruncatedAnswerIsOutcomeUnknownAndTheStatusTellsTheTruth() {
    sim.enqueueFault(Fault.truncatedJson());

    assertThatThrownBy(() -> oy.disbursement().create(remit("order-4", 30_000, "1239812390")))
        .isInstanceOf(MalformedResponseException.class)
        .satisfies(e -> {
          assertThat(((PaySdkException) e).isOutcomeUnknown()).isTrue();
          assertThat(((PaySdkException) e).lookupKey()).isEqualTo("order-4");
        });
    assertThat(oy.disbursement().status("order-4").outcome()).isEqualTo(OyOutcome.PENDING);
    assertThatThrownBy(() -> oy.disbursement().status("never-sent"))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void stagingStyleAccountsForceDocumentedCodesAndLowBalanceFails() {
    assertThatThrownBy(() -> oy.disbursement().create(remit("order-5", 30_000, "2100000")))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("210");
    sim.setBalance(new BigDecimal("10000"));
    assertThat(oy.disbursement().create(remit("order-6", 30_000, "1239812390")).code())
        .isEqualTo("206");
  }

  @Test
  void readsAreRetriedThroughGatewayErrorsAndRateLimits() {
    sim.enqueueFault(Fault.status(502));
    sim.enqueueFault(Fault.rateLimited("0"));

    assertThat(oy.balance().get().status().code()).isEqualTo("000");
    assertThat(sim.callCount("GET", "/api/balance")).isEqualTo(3);
  }

  @Test
  void theDisbursementCallbackReachesTheTestsUrlAndParses() throws Exception {
    receiver.enqueue(new MockResponse.Builder().code(200).build());
    oy.disbursement().create(remit("order-7", 25_000, "1239812390"));
    sim.completeDisbursement("order-7", false);

    assertThat(sim.sendDisbursementCallback("order-7", receiver.url("/oy/disbursement").toString()))
        .isEqualTo(200);

    Disbursement callback = OyCallbacks.parseDisbursement(callbackReceived().getBody().toByteArray());
    assertThat(callback.outcome()).isEqualTo(OyOutcome.FAILED);
    assertThat(oy.callbacks().verifyDisbursement(callback).code()).isEqualTo("300");
  }

  @Test
  void aStaticVaReceivesAPaymentWithACallbackThatVerifies() throws Exception {
    receiver.enqueue(new MockResponse.Builder().code(200).build());
    VirtualAccount va = oy.virtualAccounts().create(CreateVirtualAccountRequest.builder()
        .partnerUserId("user-1").bankCode("002").amount(50_000).open(false).singleUse(true)
        .partnerTrxId("va-trx-1").build());

    sim.payVirtualAccount(va.vaNumber(), new BigDecimal("50000"),
        receiver.url("/oy/va").toString());

    VaPaymentCallback callback = OyCallbacks.parseVaPayment(callbackReceived().getBody().toByteArray());
    assertThat(callback.vaNumber()).isEqualTo(va.vaNumber());
    assertThat(callback.partnerTrxId()).isEqualTo("va-trx-1");
    VaTransaction confirmed = oy.callbacks().verifyVaPayment(callback, va.id());
    assertThat(confirmed.amount()).isEqualByComparingTo("50000");
    assertThat(oy.virtualAccounts().get(va.id()).vaStatus()).isEqualTo(VaStatus.COMPLETE);
    assertThat(oy.virtualAccounts().list().stream()).extracting(VirtualAccount::id)
        .containsExactly(va.id());
    assertThatThrownBy(() -> oy.virtualAccounts().create(CreateVirtualAccountRequest.builder()
        .partnerUserId("user-1").bankCode("002").partnerTrxId("va-trx-1").build()))
        .isInstanceOf(DuplicatePartnerTrxIdException.class);
  }

  @Test
  void aDeactivatedVaIsExpired() {
    VirtualAccount va = oy.virtualAccounts().create(CreateVirtualAccountRequest.builder()
        .partnerUserId("user-2").bankCode("014").build());

    assertThat(oy.virtualAccounts().deactivate(va.id()).vaStatus()).isEqualTo(VaStatus.EXPIRED);
  }

  @Test
  void aPaymentLinkIsPaidAndItsCallbackVerifies() throws Exception {
    receiver.enqueue(new MockResponse.Builder().code(200).build());
    PaymentLink link = oy.checkout().createPaymentLink(CreatePaymentLinkRequest.builder()
        .partnerTxId("link1").senderName("Budi").amount(75_000).open(false)
        .includeAdminFee(false).build());
    assertThat(oy.checkout().get(link.paymentLinkId()).status())
        .isEqualTo(PaymentLinkStatus.CREATED);

    sim.payPaymentLink("link1", "QRIS", receiver.url("/oy/link").toString());

    PaymentStatus callback = OyCallbacks.parsePaymentLink(callbackReceived().getBody().toByteArray());
    assertThat(callback.status().isPaid()).isTrue();
    assertThat(oy.callbacks().verifyPaymentLink(callback).status())
        .isEqualTo(PaymentLinkStatus.COMPLETE);
    assertThatThrownBy(() -> oy.checkout().delete("link1")).isInstanceOf(ConflictException.class);
  }

  @Test
  void aCheckoutInvoiceCanBeReadAndAnUnpaidLinkDeleted() {
    PaymentLink invoice = oy.checkout().createInvoice(CreateCheckoutInvoiceRequest.builder(
            CreatePaymentLinkRequest.builder().partnerTxId("inv1").senderName("Budi")
                .amount(20_000).open(false).includeAdminFee(false).build())
        .fullName("Budi Santoso")
        .addItem(new InvoiceItem("Kopi", "Arabica", 2, LocalDate.of(2024, 1, 2), 10_000))
        .build());

    PaymentLinkDetails details = oy.checkout().get(invoice.paymentLinkId());
    assertThat(details.invoiceData().fullName()).isEqualTo("Budi Santoso");
    assertThat(details.invoiceData().invoiceItems()).hasSize(1);
    assertThat(oy.checkout().delete("inv1")).contains("success");
    assertThat(oy.checkout().status("inv1").status()).isEqualTo(PaymentLinkStatus.CLOSED);
  }

  @Test
  void receivablesKeepCustomersAndInvoices() {
    Customer customer = oy.receivables().createCustomer(CustomerRequest.builder()
        .name("Acumen Metros").taxType(TaxType.NO_TAX).pphTax(PphTax.NO_TAX).build());
    ArInvoice invoice = oy.receivables().createInvoice(ArInvoiceRequest.builder()
        .invoiceNumber("INV/1").invoiceDate(LocalDate.of(2024, 1, 1))
        .dueDate(LocalDate.of(2024, 1, 5)).customerId(customer.id())
        .addItem(ArInvoiceItem.of(25_600, "kopi susu", 4))
        .paymentConfiguration(PaymentConfiguration.allMethods(true)).build());

    assertThat(invoice.status()).isEqualTo(ArInvoiceStatus.CREATED);
    assertThat(oy.receivables().listInvoices().stream()).hasSize(1);
    assertThat(oy.receivables().listCustomers().stream()).hasSize(1);
    oy.receivables().cancelInvoice(invoice.id());
    assertThat(oy.receivables().getInvoice(invoice.id()).status())
        .isEqualTo(ArInvoiceStatus.CANCELLED);
    assertThatThrownBy(() -> oy.receivables().cancelInvoice(invoice.id()))
        .isInstanceOf(ConflictException.class);
  }
}
