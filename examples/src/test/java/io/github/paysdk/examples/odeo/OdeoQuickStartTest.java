package io.github.paysdk.examples.odeo;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paysdk.odeo.OdeoClient;
import io.github.paysdk.odeo.OdeoEnvironment;
import io.github.paysdk.odeo.cash.Balance;
import io.github.paysdk.odeo.cash.CashTransaction;
import io.github.paysdk.odeo.disbursement.Bank;
import io.github.paysdk.odeo.disbursement.CreateDisbursementRequest;
import io.github.paysdk.odeo.disbursement.Disbursement;
import io.github.paysdk.odeo.disbursement.DisbursementStatus;
import io.github.paysdk.testing.odeo.OdeoSimulator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The code of the README quick start, run against the simulator instead of environment variables. */
class OdeoQuickStartTest {
  @Test
  void quickStartWorks() {
    try (OdeoSimulator simulator = new OdeoSimulator().start();
        OdeoClient odeo = OdeoClient.builder()
            .clientId(simulator.clientId())
            .clientSecret(simulator.clientSecret())
            .signingKey(simulator.signingKey())
            .environment(OdeoEnvironment.DEVELOPMENT)
            .baseUrl(simulator.baseUrl())
            .build()) {
      Bank bca = odeo.disbursement().getBanks().get(0);
      Disbursement d = odeo.disbursement().createDisbursement(CreateDisbursementRequest.builder()
          .accountNumber("1234567890").amount(150_000).bankId(bca.bankId())
          .customerName("Budi Santoso").referenceId("order-42").build());
      Balance balance = odeo.cash().getBalance();
      List<String> lines = new ArrayList<>();
      for (CashTransaction t : odeo.cash().getTransactionsHistory().autoPagingIterable()) {
        lines.add(t.transactionType() + " " + t.amount());
      }

      assertThat(d.status()).isEqualTo(DisbursementStatus.PENDING_DISBURSE_INQUIRY);
      assertThat(odeo.disbursement().getDisbursementByReferenceId("order-42").disbursementId())
          .isEqualTo(d.disbursementId());
      assertThat(balance.cash().amount()).isEqualTo(OdeoSimulator.OPENING_BALANCE - 152_500);
      assertThat(lines).containsExactly("api_disbursement -152500");
    }
  }
}
