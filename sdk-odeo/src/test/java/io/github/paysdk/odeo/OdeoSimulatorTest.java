package io.github.paysdk.odeo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.paysdk.core.error.ApiConnectionException;
import io.github.paysdk.core.error.AuthenticationException;
import io.github.paysdk.core.error.MalformedResponseException;
import io.github.paysdk.odeo.callback.OdeoCallback;
import io.github.paysdk.odeo.callback.VaInquiryCallback;
import io.github.paysdk.odeo.cash.CashTransaction;
import io.github.paysdk.odeo.cash.ListTransfersRequest;
import io.github.paysdk.odeo.cash.Topup;
import io.github.paysdk.odeo.cash.TransactionsHistoryRequest;
import io.github.paysdk.odeo.cash.Transfer;
import io.github.paysdk.odeo.cash.TransferRequest;
import io.github.paysdk.odeo.disbursement.BankAccount;
import io.github.paysdk.odeo.disbursement.BankAccountInquiryRequest;
import io.github.paysdk.odeo.disbursement.BankAccountStatus;
import io.github.paysdk.odeo.disbursement.CreateDisbursementRequest;
import io.github.paysdk.odeo.disbursement.Disbursement;
import io.github.paysdk.odeo.disbursement.DisbursementStatus;
import io.github.paysdk.odeo.error.OdeoGeneralException;
import io.github.paysdk.odeo.error.OdeoInputValidationException;
import io.github.paysdk.odeo.error.OdeoInsufficientBalanceException;
import io.github.paysdk.odeo.error.OdeoInvalidBankException;
import io.github.paysdk.odeo.error.OdeoResourceNotFoundException;
import io.github.paysdk.odeo.paymentgateway.PaymentStatus;
import io.github.paysdk.odeo.subuser.SubUser;
import io.github.paysdk.odeo.subuser.SubUserRequest;
import io.github.paysdk.testing.Fault;
import io.github.paysdk.testing.odeo.OdeoSimulator;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The SDK client against the Odeo simulator: signatures, state, documented errors and faults. */
class OdeoSimulatorTest {
  private final OdeoMockServer.MutableClock clock = new OdeoMockServer.MutableClock(Instant.now());
  private final OdeoSimulator simulator = new OdeoSimulator().start().setClock(clock);
  private final OdeoClient odeo = builder().build();

  private OdeoClient.Builder builder() {
    return OdeoClient.builder()
        .clientId(simulator.clientId()).clientSecret(simulator.clientSecret())
        .signingKey(simulator.signingKey())
        .baseUrl(simulator.baseUrl())
        .clock(clock)
        .sleeper(duration -> { });
  }

  @AfterEach
  void close() {
    odeo.close();
    simulator.close();
  }

  private static CreateDisbursementRequest disbursement(String reference, long amount, String account) {
    return CreateDisbursementRequest.builder().accountNumber(account).amount(amount).bankId(1)
        .customerName("Budi Santoso").referenceId(reference).description("Refund 1/2 for José").build();
  }

  @Test
  void disbursementFlowMovesMoneyAndAdvancesStatus() {
    assertThat(odeo.disbursement().getBanks()).extracting(b -> b.name()).contains("BCA", "BNI");
    BankAccount account = odeo.disbursement().bankAccountInquiry(BankAccountInquiryRequest.builder()
        .accountNumber("1234567890").bankId(1).customerName("Budi Santoso").withValidation(true).build());
    assertThat(account.status()).isEqualTo(BankAccountStatus.COMPLETED_INQUIRY);

    Disbursement created = odeo.disbursement().createDisbursement(disbursement("ORDER-1", 150_000, "1234567890"));

    assertThat(created.status()).isEqualTo(DisbursementStatus.PENDING_DISBURSE_INQUIRY);
    assertThat(created.description()).isEqualTo("Refund 1/2 for José");
    assertThat(odeo.disbursement().getDisbursementByReferenceId("ORDER-1").status())
        .isEqualTo(DisbursementStatus.PENDING_DISBURSE_INQUIRY);
    assertThat(odeo.disbursement().getDisbursement(created.disbursementId()).status())
        .isEqualTo(DisbursementStatus.DISBURSEMENT_IS_ON_PROGRESS);
    assertThat(odeo.disbursement().getDisbursementByReferenceId("ORDER-1").status())
        .isEqualTo(DisbursementStatus.COMPLETED_DISBURSEMENT);
    long expected = OdeoSimulator.OPENING_BALANCE - 1_000 - 150_000 - 2_500;
    assertThat(odeo.cash().getBalance().cash().amount()).isEqualTo(expected);
    assertThat(simulator.balance()).isEqualTo(expected);
    List<CashTransaction> history = odeo.cash().getTransactionsHistory().stream().toList();
    assertThat(history).extracting(CashTransaction::transactionType)
        .containsExactly("api_disbursement", "bank_account_inquiry");
  }

  @Test
  void disbursementToAClosedAccountEndsWrongAccountAndIsRefunded() {
    odeo.disbursement().createDisbursement(disbursement("ORDER-2", 50_000, "9990000"));
    odeo.disbursement().getDisbursementByReferenceId("ORDER-2");
    odeo.disbursement().getDisbursementByReferenceId("ORDER-2");

    assertThat(odeo.disbursement().getDisbursementByReferenceId("ORDER-2").status())
        .isEqualTo(DisbursementStatus.WRONG_BANK_ACCOUNT_NUMBER);
    assertThat(simulator.balance()).isEqualTo(OdeoSimulator.OPENING_BALANCE);
  }

  @Test
  void documentedErrors() {
    odeo.disbursement().createDisbursement(disbursement("DUP", 10_000, "1234567890"));
    assertThatThrownBy(() -> odeo.disbursement().createDisbursement(disbursement("DUP", 10_000, "1234567890")))
        .isInstanceOf(OdeoGeneralException.class).hasMessageContaining("DUP reference id exists");
    assertThatThrownBy(() -> odeo.disbursement().createDisbursement(CreateDisbursementRequest.builder()
        .accountNumber("1").amount(1).bankId(99).customerName("X").referenceId("B").build()))
        .isInstanceOf(OdeoInvalidBankException.class);
    assertThatThrownBy(() -> odeo.disbursement().getDisbursementByReferenceId("NOPE"))
        .isInstanceOf(OdeoResourceNotFoundException.class).hasMessageContaining("Disbursement not found");
    simulator.setBalance(5);
    assertThatThrownBy(() -> odeo.disbursement().createDisbursement(disbursement("POOR", 10_000, "1234567890")))
        .isInstanceOf(OdeoInsufficientBalanceException.class);
    assertThat(simulator.disbursementCount()).isEqualTo(1);
  }

  @Test
  void wrongSigningKeyGetsA401AfterOneFreshTokenRetry() {
    try (OdeoClient wrongKey = builder().signingKey("not-the-key").build()) {
      assertThatThrownBy(() -> wrongKey.cash().getBalance()).isInstanceOf(AuthenticationException.class)
          .hasMessageContaining("Invalid signature");
    }
    assertThat(simulator.callCount("GET", "/cash/me/balance")).isEqualTo(2);
    assertThat(simulator.callCount("POST", "/oauth2/token")).isEqualTo(2);
  }

  @Test
  void wrongClientSecretIsAnAuthenticationError() {
    try (OdeoClient wrongSecret = builder().clientSecret("nope").build()) {
      assertThatThrownBy(() -> wrongSecret.cash().getBalance()).isInstanceOf(AuthenticationException.class);
    }
    assertThat(simulator.callCount("GET", "/cash")).isZero();
  }

  @Test
  void staleTimestampIsRejected() {
    try (OdeoClient slowClock = builder().clock(java.time.Clock.fixed(clock.instant()
        .minus(Duration.ofMinutes(10)), java.time.ZoneOffset.UTC)).build()) {
      assertThatThrownBy(() -> slowClock.cash().getBalance()).isInstanceOf(AuthenticationException.class);
    }
  }

  @Test
  void revokedTokenIsReplacedTransparently() {
    odeo.cash().getBalance();
    simulator.revokeTokens();

    odeo.cash().getBalance();

    assertThat(simulator.callCount("POST", "/oauth2/token")).isEqualTo(2);
  }

  @Test
  void clientKeepsWorkingAcrossTokenExpiryWithout401s() {
    simulator.setTokenLifetime(Duration.ofMinutes(5));
    odeo.cash().getBalance();
    clock.advance(Duration.ofMinutes(4).plusSeconds(30));

    odeo.cash().getBalance();
    clock.advance(Duration.ofMinutes(6));
    odeo.cash().getBalance();

    assertThat(simulator.callCount("POST", "/oauth2/token")).isEqualTo(3);
    assertThat(simulator.callCount("GET", "/cash/me/balance")).isEqualTo(3);
  }

  @Test
  void disconnectAfterProcessingLeavesTheOutcomeUnknownAndTheReferenceIdFindsIt() {
    odeo.cash().getBalance();
    simulator.enqueueFault(Fault.disconnectAfterProcessing());

    ApiConnectionException e = catchThrowableOfType(ApiConnectionException.class,
        () -> odeo.disbursement().createDisbursement(disbursement("LOST-1", 20_000, "1234567890")));

    assertThat(e.isOutcomeUnknown()).isTrue();
    assertThat(e.lookupKey()).isEqualTo("LOST-1");
    assertThat(simulator.callCount("POST", "/dg/v1/disbursements")).isEqualTo(1);
    assertThat(odeo.disbursement().getDisbursementByReferenceId(e.lookupKey()).amount()).isEqualTo(20_000);
    assertThat(simulator.disbursementCount()).isEqualTo(1);
  }

  @Test
  void readsRetryThroughServerErrorsAndRateLimits() {
    odeo.cash().getBalance();
    simulator.enqueueFault(Fault.status(503));
    simulator.enqueueFault(Fault.rateLimited("1"));

    assertThat(odeo.disbursement().getBanks()).isNotEmpty();
    assertThat(simulator.callCount("GET", "/dg/v1/banks")).isEqualTo(3);
  }

  @Test
  void truncatedJsonIsAMalformedResponse() {
    odeo.cash().getBalance();
    simulator.enqueueFault(Fault.truncatedJson());

    assertThatThrownBy(() -> odeo.cash().getBalance()).isInstanceOf(MalformedResponseException.class);
  }

  @Test
  void vaTopupLifecycle() {
    Topup topup = odeo.cash().createVaTopup(50_000);
    assertThat(topup.channels()).isNotEmpty().allSatisfy(c -> assertThat(c.total()).isEqualTo(50_000 + c.fee()));
    assertThat(odeo.cash().findActiveVaTopup().topupId()).isEqualTo(topup.topupId());
    assertThatThrownBy(() -> odeo.cash().createVaTopup(50_000)).isInstanceOf(OdeoGeneralException.class)
        .hasMessageContaining("Pending topup exists");
    assertThatThrownBy(() -> odeo.cash().createVaTopup(500)).isInstanceOf(OdeoInputValidationException.class);

    odeo.cash().cancelVaTopup();

    assertThatThrownBy(() -> odeo.cash().findActiveVaTopup()).isInstanceOf(OdeoGeneralException.class)
        .hasMessageContaining("Order not found");
    odeo.cash().createVaTopup(70_000);
    assertThat(simulator.payVaTopup(1000)).isTrue();
    assertThat(simulator.balance()).isEqualTo(OdeoSimulator.OPENING_BALANCE + 70_000);
  }

  @Test
  void subUsersTransfersAndPaging() {
    simulator.setPageSize(2);
    SubUser siti = odeo.subUser().createSubUser(new SubUserRequest("siti@example.com", "Siti", "0811"));
    SubUser agus = odeo.subUser().createSubUser(new SubUserRequest("agus@example.com", "Agus", "0812"));
    odeo.subUser().createSubUser(new SubUserRequest("dewi@example.com", "Dewi", "0813"));
    assertThatThrownBy(() -> odeo.subUser().createSubUser(new SubUserRequest("x@example.com", "X", "0811")))
        .isInstanceOf(OdeoGeneralException.class).hasMessageContaining("Phone number registered");
    assertThatThrownBy(() -> odeo.subUser().createSubUser(new SubUserRequest("bad", "X", "0819")))
        .isInstanceOf(OdeoInputValidationException.class);
    assertThat(odeo.subUser().updateSubUser(siti.userId(),
        new SubUserRequest("siti@example.org", "Siti A", "0811")).name()).isEqualTo("Siti A");
    assertThatThrownBy(() -> odeo.subUser().updateSubUser(1, new SubUserRequest("a@b.co", "A", "0")))
        .isInstanceOf(OdeoGeneralException.class).hasMessageContaining("Data not found");
    assertThat(odeo.subUser().listSubUsers().stream().map(SubUser::name).toList())
        .containsExactly("Siti A", "Agus", "Dewi");

    List<Transfer> transfers = odeo.cash().createBulkTransfers(List.of(
        TransferRequest.builder().receiverUserId(siti.userId()).amount(10_000).referenceId("T-1").build(),
        TransferRequest.builder().receiverUserId(agus.userId()).amount(20_000).referenceId("T-2")
            .note("bonus").build(),
        TransferRequest.builder().senderUserId(agus.userId()).receiverUserId(siti.userId()).amount(5_000)
            .referenceId("T-3").build()));

    assertThat(transfers).hasSize(3);
    assertThat(odeo.cash().getBalance(siti.userId()).cash().amount()).isEqualTo(15_000);
    assertThat(odeo.cash().getBalance(agus.userId()).cash().amount()).isEqualTo(15_000);
    assertThat(odeo.cash().listTransfers().stream().map(Transfer::referenceId).toList())
        .containsExactly("T-3", "T-2", "T-1");
    assertThat(odeo.cash().listTransfers(ListTransfersRequest.builder().referenceIds("T-2").build())
        .items()).extracting(Transfer::note).containsExactly("bonus");
    assertThat(odeo.cash().getTransactionsHistory(TransactionsHistoryRequest.builder()
        .userIds(siti.userId(), agus.userId()).build()).stream().count()).isEqualTo(4);
    assertThatThrownBy(() -> odeo.cash().createBulkTransfers(List.of(TransferRequest.builder()
        .receiverUserId(siti.userId()).amount(10_000).referenceId("T-1").build())))
        .isInstanceOf(OdeoGeneralException.class).hasMessageContaining("T-1 reference id exists");
    assertThatThrownBy(() -> odeo.cash().getBalance(424242)).isInstanceOf(OdeoGeneralException.class);
  }

  @Test
  void paymentsCanBeLookedUp() {
    String id = simulator.addPayment("PAY-1", 75_000, 1_500, 50000);

    assertThat(odeo.paymentGateway().getPayment(id).status()).isEqualTo(PaymentStatus.PAYMENT_IS_COMPLETED_OR_PAID);
    assertThat(odeo.paymentGateway().getPaymentByReferenceId("PAY-1").amount()).isEqualTo(75_000);
    assertThatThrownBy(() -> odeo.paymentGateway().getPaymentByReferenceId("PAY-2"))
        .isInstanceOf(OdeoResourceNotFoundException.class);
  }

  @Test
  void simulatorSignedCallbacksVerify() {
    byte[] body = "{\"notify_type\":\"va_inquiry\",\"va_code\":\"8991000000000001\"}"
        .getBytes(StandardCharsets.UTF_8);
    long timestamp = clock.instant().getEpochSecond();

    OdeoCallback callback = odeo.callbacks().parse("POST", "/odeo/callback", Long.toString(timestamp),
        simulator.signCallback("/odeo/callback", timestamp, body), body);

    assertThat(callback).isEqualTo(new VaInquiryCallback("va_inquiry", "8991000000000001"));
  }
}
