package io.github.paysdk.reliability.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paysdk.oy.OyClient;
import io.github.paysdk.oy.disbursement.CreateDisbursementRequest;
import io.github.paysdk.testing.oy.OySimulator;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** OY! under load (static API key, no tokens): no errors, each disbursement sent once, no leaked connection. */
class OyConcurrencyTest {
  @Test
  void manyThreadsShareOneClient() throws InterruptedException {
    LoadRun load = new LoadRun();
    try (OySimulator simulator = new OySimulator("load-user", "load-api-key")) {
      simulator.start();
      simulator.setClock(load.clock);
      simulator.setBalance(new BigDecimal("1000000000000"));
      try (OyClient oy = OyClient.builder().username("load-user").apiKey("load-api-key")
          .baseUrl(simulator.baseUrl()).httpClient(load.httpClient).clock(load.clock).build()) {
        load.run("oy", index -> {
          if (index % 16 == 0) {
            oy.disbursement().create(CreateDisbursementRequest.builder().recipientBank("014")
                .recipientAccount("1239812390").amount(15_000).note("load").partnerTrxId("load-" + index)
                .build());
          } else {
            oy.balance().get();
          }
        });
      } finally {
        load.close();
      }
      load.assertHealthy();
      assertThat(LoadRun.callsTo(simulator, "POST", "/api/remit")).as("each disbursement sent once")
          .isEqualTo(LoadRun.everyNth(16));
      assertThat(simulator.disbursementCount()).isEqualTo((int) LoadRun.everyNth(16));
    }
  }
}
