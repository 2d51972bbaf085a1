package io.github.paysdk.oy.disbursement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisbursementBanksTest {
  @Test
  void listsTheDocumentedCodesIncludingSharedOnesAndEwallets() {
    assertThat(DisbursementBanks.all()).hasSize(105);
    assertThat(DisbursementBanks.namesOf("013")).containsExactly("Bank Permata", "Bank Permata Syariah");
    assertThat(DisbursementBanks.namesOf(DisbursementBanks.BCA)).containsExactly("Bank BCA");
    assertThat(DisbursementBanks.namesOf("ovo")).containsExactly("OVO");
    assertThat(DisbursementBanks.namesOf("999")).isEmpty();
  }

  @Test
  void everyListedCodePassesTheRequestsBankCodeRule() {
    DisbursementBanks.all().keySet().forEach(code -> CreateDisbursementRequest.builder()
        .recipientBank(code).recipientAccount("1234567890").amount(10_000).partnerTrxId("p")
        .build());
  }
}
