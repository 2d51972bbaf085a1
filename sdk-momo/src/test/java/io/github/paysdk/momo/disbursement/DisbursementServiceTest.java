package io.github.paysdk.momo.disbursement;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paysdk.momo.MomoTestSupport;
import io.github.paysdk.momo.model.AccountHolder;
import io.github.paysdk.momo.model.Accepted;
import io.github.paysdk.momo.model.Balance;
import io.github.paysdk.momo.model.BasicUserInfo;
import io.github.paysdk.momo.model.Party;
import io.github.paysdk.momo.model.PartyIdType;
import io.github.paysdk.momo.model.ReasonCode;
import io.github.paysdk.momo.model.TransactionResult;
import io.github.paysdk.momo.model.TransactionStatus;
import io.github.paysdk.momo.model.TransferRequest;
import java.math.BigDecimal;
import java.util.UUID;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class DisbursementServiceTest extends MomoTestSupport {
  private static final UUID REFERENCE_ID = UUID.fromString("3f1c2b4a-5d6e-4f70-8a9b-0c1d2e3f4a5b");
  private static final String TRANSFER_JSON = "{\"amount\":\"500\",\"currency\":\"EUR\","
      + "\"externalId\":\"payout-42\",\"payee\":{\"partyIdType\":\"MSISDN\",\"partyId\":\"56733123453\"},"
      + "\"payerMessage\":\"MoMo Transfer API\",\"payeeNote\":\"MoMo Transfer API\"}";

  private static TransferRequest transfer() {
    return TransferRequest.builder()
        .amount("500").currency("EUR").externalId("payout-42").payee(Party.msisdn("56733123453"))
        .payerMessage("MoMo Transfer API").payeeNote("MoMo Transfer API")
        .referenceId(REFERENCE_ID).callbackUrl("https://shop.example/momo/callback/" + REFERENCE_ID)
        .build();
  }

  private void assertCreate(String path) {
    RecordedRequest request = take();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getUrl().encodedPath()).isEqualTo(path);
    assertProductHeaders(request, DISBURSEMENT_KEY);
    assertThat(request.getHeaders().get("X-Reference-Id")).isEqualTo(REFERENCE_ID.toString());
    assertThat(request.getHeaders().get("X-Callback-Url"))
        .isEqualTo("https://shop.example/momo/callback/" + REFERENCE_ID);
    assertJsonBody(request, TRANSFER_JSON);
  }

  @Test
  void transferSendsTheTokenThenTheTransferAndReturnsTheReferenceId() {
    enqueueToken();
    enqueueAccepted();

    Accepted accepted = momo.disbursement().transfer(transfer());

    assertThat(accepted).isEqualTo(new Accepted(REFERENCE_ID, false));
    assertTokenRequest("disbursement", DISBURSEMENT_KEY);
    assertCreate("/disbursement/v1_0/transfer");
  }

  @Test
  void depositV1AndV2UseTheirOwnPaths() {
    enqueueToken();
    enqueueAccepted();
    enqueueAccepted();

    momo.disbursement().depositV1(transfer());
    take();
    assertCreate("/disbursement/v1_0/deposit");
    // Same reference id twice on purpose only to pin the wire; real code uses one per deposit.
    momo.disbursement().depositV2(transfer());
    assertCreate("/disbursement/v2_0/deposit");
  }

  @Test
  void refundV1AndV2SendTheReferenceIdToRefundAndNoPayee() {
    UUID original = UUID.fromString("9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d");
    RefundRequest refund = RefundRequest.builder().amount("200").currency("EUR").externalId("r-1")
        .payerMessage("MoMo Refund API").payeeNote("MoMo Refund API").referenceIdToRefund(original)
        .referenceId(REFERENCE_ID).build();
    String body = "{\"amount\":\"200\",\"currency\":\"EUR\",\"externalId\":\"r-1\","
        + "\"payerMessage\":\"MoMo Refund API\",\"payeeNote\":\"MoMo Refund API\","
        + "\"referenceIdToRefund\":\"" + original + "\"}";
    enqueueToken();
    enqueueAccepted();
    enqueueAccepted();

    momo.disbursement().refundV1(refund);
    take();
    RecordedRequest v1 = take();
    momo.disbursement().refundV2(refund);
    RecordedRequest v2 = take();

    assertThat(v1.getUrl().encodedPath()).isEqualTo("/disbursement/v1_0/refund");
    assertThat(v2.getUrl().encodedPath()).isEqualTo("/disbursement/v2_0/refund");
    for (RecordedRequest request : new RecordedRequest[] {v1, v2}) {
      assertProductHeaders(request, DISBURSEMENT_KEY);
      assertThat(request.getHeaders().get("X-Reference-Id")).isEqualTo(REFERENCE_ID.toString());
      assertThat(request.getHeaders().get("X-Callback-Url")).isNull();
      assertJsonBody(request, body);
    }
  }

  @Test
  void transferStatusParsesTheSandboxPayload() {
    enqueueToken();
    enqueueJson(200, fixture("transfer-status-successful.json"));

    TransactionResult result = momo.disbursement().transferStatus(REFERENCE_ID);

    take();
    RecordedRequest request = take();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/disbursement/v1_0/transfer/" + REFERENCE_ID);
    assertProductHeaders(request, DISBURSEMENT_KEY);
    assertThat(request.getHeaders().get("X-Reference-Id")).isNull();
    assertThat(result.status()).isEqualTo(TransactionStatus.SUCCESSFUL);
    assertThat(result.isFinal()).isTrue();
    assertThat(result.amount()).isEqualByComparingTo("500");
    assertThat(result.financialTransactionId()).isEqualTo("1573250710");
    assertThat(result.payee()).isEqualTo(new Party(PartyIdType.MSISDN, "56733123453"));
    assertThat(result.reason()).isNull();
  }

  @Test
  void aFailedTransferIsAResultWithItsReasonNotAnException() {
    enqueueToken();
    enqueueJson(200, fixture("transfer-status-failed.json"));

    TransactionResult result = momo.disbursement().transferStatus(REFERENCE_ID);

    assertThat(result.isFailed()).isTrue();
    assertThat(result.financialTransactionId()).isNull();
    assertThat(result.reason().code()).isEqualTo("NOT_ENOUGH_FUNDS");
    assertThat(result.reason().message()).isNull();
    assertThat(result.reason().reasonCode()).isEqualTo(ReasonCode.NOT_ENOUGH_FUNDS);
  }

  @Test
  void depositStatusWithoutFinancialTransactionId() {
    enqueueToken();
    enqueueJson(200, fixture("deposit-status.json"));

    TransactionResult result = momo.disbursement().depositStatus(REFERENCE_ID);

    take();
    assertThat(take().getUrl().encodedPath()).isEqualTo("/disbursement/v1_0/deposit/" + REFERENCE_ID);
    assertThat(result.status()).isEqualTo(TransactionStatus.SUCCESSFUL);
    assertThat(result.financialTransactionId()).isNull();
    assertThat(result.amount()).isEqualTo(new BigDecimal("50089"));
  }

  @Test
  void refundStatus() {
    enqueueToken();
    enqueueJson(200, fixture("refund-status.json"));

    TransactionResult result = momo.disbursement().refundStatus(REFERENCE_ID);

    take();
    assertThat(take().getUrl().encodedPath()).isEqualTo("/disbursement/v1_0/refund/" + REFERENCE_ID);
    assertThat(result.financialTransactionId()).isEqualTo("1796364887");
    assertThat(result.amount()).isEqualByComparingTo("200");
  }

  @Test
  void createdAndUnknownStatusesAreNotFinal() {
    enqueueToken();
    enqueueJson(200, fixture("status-created.json"));
    enqueueJson(200, "{\"status\":\"ON_HOLD\"}");

    assertThat(momo.disbursement().transferStatus(REFERENCE_ID).status())
        .isEqualTo(TransactionStatus.CREATED);
    TransactionResult unknown = momo.disbursement().transferStatus(REFERENCE_ID);
    assertThat(unknown.status()).isEqualTo(TransactionStatus.UNKNOWN);
    assertThat(unknown.isFinal()).isFalse();
  }

  @Test
  void balanceAndBalanceInCurrency() {
    enqueueToken();
    enqueueJson(200, fixture("balance.json"));
    enqueueJson(200, fixture("balance.json"));

    Balance balance = momo.disbursement().balance();
    Balance inEur = momo.disbursement().balance("EUR");

    take();
    RecordedRequest first = take();
    RecordedRequest second = take();
    assertThat(first.getUrl().encodedPath()).isEqualTo("/disbursement/v1_0/account/balance");
    assertThat(second.getUrl().encodedPath()).isEqualTo("/disbursement/v1_0/account/balance/EUR");
    assertProductHeaders(first, DISBURSEMENT_KEY);
    assertProductHeaders(second, DISBURSEMENT_KEY);
    assertThat(balance.availableBalance()).isEqualByComparingTo("200");
    assertThat(inEur.currency()).isEqualTo("EUR");
  }

  @Test
  void basicUserInfo() {
    enqueueToken();
    enqueueJson(200, fixture("basic-user-info.json"));

    BasicUserInfo info = momo.disbursement().basicUserInfo("46733123450");

    take();
    RecordedRequest request = take();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getUrl().encodedPath())
        .isEqualTo("/disbursement/v1_0/accountholder/msisdn/46733123450/basicuserinfo");
    assertProductHeaders(request, DISBURSEMENT_KEY);
    assertThat(info.givenName()).isEqualTo("Sand");
    assertThat(info.familyName()).isEqualTo("Box");
    assertThat(info.birthdate()).isEqualTo("1976-08-13");
  }

  @Test
  void accountHolderActiveAcceptsBooleanAndStringResults() {
    enqueueToken();
    enqueueJson(200, "{\"result\":true}");
    enqueueJson(200, "{\"result\":\"false\"}");
    enqueueJson(200, "{\"result\":true}");

    assertThat(momo.disbursement().isAccountHolderActive(AccountHolder.msisdn("46733123450"))).isTrue();
    assertThat(momo.disbursement().isAccountHolderActive(AccountHolder.email("notactive@email.com")))
        .isFalse();
    assertThat(momo.disbursement().isAccountHolderActive(
        AccountHolder.partyCode("b0040b3c-b426-4a90-af6e-673e65861cd7"))).isTrue();

    take();
    RecordedRequest msisdn = take();
    assertThat(msisdn.getUrl().encodedPath())
        .isEqualTo("/disbursement/v1_0/accountholder/msisdn/46733123450/active");
    assertProductHeaders(msisdn, DISBURSEMENT_KEY);
    assertThat(take().getUrl().encodedPath())
        .isEqualTo("/disbursement/v1_0/accountholder/email/notactive@email.com/active");
    assertThat(take().getUrl().encodedPath()).isEqualTo(
        "/disbursement/v1_0/accountholder/party_code/b0040b3c-b426-4a90-af6e-673e65861cd7/active");
  }
}
