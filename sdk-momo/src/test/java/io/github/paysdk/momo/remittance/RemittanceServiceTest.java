package io.github.paysdk.momo.remittance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paysdk.momo.MomoTestSupport;
import io.github.paysdk.momo.model.AccountHolder;
import io.github.paysdk.momo.model.Party;
import io.github.paysdk.momo.model.TransactionStatus;
import io.github.paysdk.momo.model.TransferRequest;
import java.util.UUID;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class RemittanceServiceTest extends MomoTestSupport {
  private static final UUID REFERENCE_ID = UUID.fromString("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d");

  @Test
  void transferAndStatus() {
    enqueueToken();
    enqueueAccepted();
    enqueueJson(200, fixture("transfer-status-successful.json"));

    momo.remittance().transfer(TransferRequest.builder().amount("500").currency("EUR")
        .externalId("rem-1").payee(Party.msisdn("56733123453")).referenceId(REFERENCE_ID).build());
    assertThat(momo.remittance().transferStatus(REFERENCE_ID).isSuccessful()).isTrue();

    assertTokenRequest("remittance", REMITTANCE_KEY);
    RecordedRequest create = take();
    assertThat(create.getUrl().encodedPath()).isEqualTo("/remittance/v1_0/transfer");
    assertProductHeaders(create, REMITTANCE_KEY);
    assertThat(create.getHeaders().get("X-Reference-Id")).isEqualTo(REFERENCE_ID.toString());
    assertJsonBody(create, "{\"amount\":\"500\",\"currency\":\"EUR\",\"externalId\":\"rem-1\","
        + "\"payee\":{\"partyIdType\":\"MSISDN\",\"partyId\":\"56733123453\"}}");
    assertThat(take().getUrl().encodedPath()).isEqualTo("/remittance/v1_0/transfer/" + REFERENCE_ID);
  }

  @Test
  void cashTransferKeepsTheMisspelledOrginatingCountryOnTheWire() {
    enqueueToken();
    enqueueAccepted();
    enqueueJson(200, "{\"amount\":\"208\",\"currency\":\"EUR\",\"payee\":{\"partyIdType\":\"MSISDN\","
        + "\"partyId\":\"56733123453\"},\"externalId\":\"XTR1718714047\",\"orginatingCountry\":\"SO\","
        + "\"originalAmount\":\"1\",\"originalCurrency\":\"USD\",\"financialTransactionId\":\"99\","
        + "\"status\":\"SUCCESSFUL\"}");

    momo.remittance().cashTransfer(CashTransferRequest.builder().amount("208").currency("EUR")
        .payee(Party.msisdn("56733123453")).externalId("XTR1718714047").originatingCountry("SO")
        .originalAmount("1").originalCurrency("USD").payerMessage("Family support")
        .payeeNote("From Ali").payerIdentificationType("PASS").payerIdentificationNumber("UG0002")
        .payerIdentity("ID:256701081899/MSISDN").payerFirstName("Ali").payerSurName("Hassan")
        .payerLanguageCode("en").payerEmail("ali@example.so").payerMsisdn("252654249184")
        .payerGender("MALE").referenceId(REFERENCE_ID).build());
    CashTransferResult status = momo.remittance().cashTransferStatus(REFERENCE_ID);

    take();
    RecordedRequest create = take();
    assertThat(create.getUrl().encodedPath()).isEqualTo("/remittance/v2_0/cashtransfer");
    assertProductHeaders(create, REMITTANCE_KEY);
    assertThat(create.getBody().utf8()).contains("\"orginatingCountry\":\"SO\"")
        .doesNotContain("originatingCountry");
    assertJsonBody(create, "{\"amount\":\"208\",\"currency\":\"EUR\",\"payee\":{\"partyIdType\":\"MSISDN\","
        + "\"partyId\":\"56733123453\"},\"externalId\":\"XTR1718714047\",\"orginatingCountry\":\"SO\","
        + "\"originalAmount\":\"1\",\"originalCurrency\":\"USD\",\"payerMessage\":\"Family support\","
        + "\"payeeNote\":\"From Ali\",\"payerIdentificationType\":\"PASS\","
        + "\"payerIdentificationNumber\":\"UG0002\",\"payerIdentity\":\"ID:256701081899/MSISDN\","
        + "\"payerFirstName\":\"Ali\",\"payerSurName\":\"Hassan\",\"payerLanguageCode\":\"en\","
        + "\"payerEmail\":\"ali@example.so\",\"payerMsisdn\":\"252654249184\",\"payerGender\":\"MALE\"}");
    assertThat(take().getUrl().encodedPath()).isEqualTo("/remittance/v2_0/cashtransfer/" + REFERENCE_ID);
    assertThat(status.originatingCountry()).isEqualTo("SO");
    assertThat(status.status()).isEqualTo(TransactionStatus.SUCCESSFUL);
  }

  @Test
  void balanceUserInfoAndAccountHolderCheck() {
    enqueueToken();
    enqueueJson(200, fixture("balance.json"));
    enqueueJson(200, fixture("basic-user-info.json"));
    enqueueJson(200, "{\"result\":true}");

    momo.remittance().balance();
    momo.remittance().basicUserInfo("56733123453");
    momo.remittance().isAccountHolderActive(AccountHolder.msisdn("56733123453"));

    take();
    assertThat(take().getUrl().encodedPath()).isEqualTo("/remittance/v1_0/account/balance");
    assertThat(take().getUrl().encodedPath())
        .isEqualTo("/remittance/v1_0/accountholder/msisdn/56733123453/basicuserinfo");
    RecordedRequest active = take();
    assertThat(active.getUrl().encodedPath())
        .isEqualTo("/remittance/v1_0/accountholder/msisdn/56733123453/active");
    assertProductHeaders(active, REMITTANCE_KEY);
  }
}
