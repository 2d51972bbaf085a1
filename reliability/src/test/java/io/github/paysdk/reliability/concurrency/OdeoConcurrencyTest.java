package io.github.paysdk.reliability.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paysdk.odeo.OdeoClient;
import io.github.paysdk.odeo.disbursement.CreateDisbursementRequest;
import io.github.paysdk.testing.odeo.OdeoSimulator;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Odeo under load with 4-second tokens: no errors, no token storm, no leaked connection. */
class OdeoConcurrencyTest {
  private static final Duration LIFETIME = Duration.ofSeconds(4);
  private static final Duration REFRESH_AHEAD = Duration.ofSeconds(2);

  @Test
  void manyThreadsShareOneClientAndOneTokenAtATime() throws InterruptedException {
    LoadRun load = new LoadRun();
    try (OdeoSimulator simulator = new OdeoSimulator().start()) {
      simulator.setClock(load.clock).setTokenLifetime(LIFETIME);
      try (OdeoClient odeo = OdeoClient.builder().clientId(simulator.clientId())
          .clientSecret(simulator.clientSecret()).signingKey(simulator.signingKey())
          .baseUrl(simulator.baseUrl()).httpClient(load.httpClient).clock(load.clock)
          .tokenRefreshAhead(REFRESH_AHEAD).build()) {
        load.run("odeo", index -> {
          if (index % 16 == 0) {
            odeo.disbursement().createDisbursement(CreateDisbursementRequest.builder()
                .accountNumber("1234567890").amount(10_000).bankId(2).customerName("Budi Santoso")
                .referenceId("load-" + index).build());
          } else if (index % 16 == 1) {
            odeo.disbursement().getBanks();
          } else {
            odeo.cash().getBalance();
          }
        });
      } finally {
        load.close();
      }
      load.assertHealthy();
      long writes = ((long) LoadRun.THREADS * LoadRun.CALLS + 15) / 16;
      assertThat(simulator.callCount("POST", "/dg/v1/disbursements")).as("each disbursement sent once")
          .isEqualTo(writes);
      assertThat(simulator.disbursementCount()).isEqualTo((int) writes);
      int tokens = simulator.callCount("POST", "/oauth2/token");
      assertThat(tokens).as("token requests").isGreaterThanOrEqualTo(2)
          .isLessThanOrEqualTo((int) load.maxTokenRequests(LIFETIME.minus(REFRESH_AHEAD)));
      System.out.println("[concurrency] odeo token requests: " + tokens + " (at most "
          + load.maxTokenRequests(LIFETIME.minus(REFRESH_AHEAD)) + ")");
    }
  }
}
