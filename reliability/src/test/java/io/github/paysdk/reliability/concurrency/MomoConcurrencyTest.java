package io.github.paysdk.reliability.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paysdk.momo.MomoClient;
import io.github.paysdk.momo.MomoEnvironment;
import io.github.paysdk.momo.ProductCredentials;
import io.github.paysdk.momo.collection.RequestToPayRequest;
import io.github.paysdk.momo.model.Party;
import io.github.paysdk.testing.momo.MomoSimulator;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * MTN MoMo under load with 4-second tokens on two products: no errors, no token storm (per product), each
 * request to pay sent once, no leaked connection.
 */
class MomoConcurrencyTest {
  private static final Duration LIFETIME = Duration.ofSeconds(4);
  /** MoMo renews 60 s ahead, capped at half the lifetime. */
  private static final Duration RENEWAL_WINDOW = LIFETIME.dividedBy(2);

  @Test
  void manyThreadsShareOneClientAndOneTokenPerProductAtATime() throws InterruptedException {
    LoadRun load = new LoadRun();
    try (MomoSimulator simulator = new MomoSimulator(load.clock).start()) {
      simulator.tokenLifetime(LIFETIME);
      try (MomoClient momo = MomoClient.builder().environment(MomoEnvironment.SANDBOX)
          .baseUrl(simulator.baseUrl()).httpClient(load.httpClient).clock(load.clock)
          .collection(ProductCredentials.of(MomoSimulator.COLLECTION_SUBSCRIPTION_KEY, MomoSimulator.API_USER,
              MomoSimulator.API_KEY))
          .disbursement(ProductCredentials.of(MomoSimulator.DISBURSEMENT_SUBSCRIPTION_KEY,
              MomoSimulator.API_USER, MomoSimulator.API_KEY))
          .build()) {
        load.run("momo", index -> {
          if (index % 16 == 0) {
            momo.collection().requestToPay(RequestToPayRequest.builder().amount("100").currency("EUR")
                .externalId("load-" + index).payer(Party.msisdn("46733123450")).payerMessage("load")
                .payeeNote("load").build());
          } else if (index % 2 == 0) {
            momo.collection().balance();
          } else {
            momo.disbursement().balance();
          }
        });
      } finally {
        load.close();
      }
      load.assertHealthy();
      assertThat(LoadRun.callsTo(simulator, "POST", "/collection/v1_0/requesttopay"))
          .as("each request to pay sent once").isEqualTo(LoadRun.everyNth(16));
      long max = load.maxTokenRequests(RENEWAL_WINDOW);
      for (String product : new String[] {"collection", "disbursement"}) {
        int tokens = simulator.tokensIssued(product);
        System.out.println("[concurrency] momo " + product + " token requests: " + tokens + " (at most " + max + ")");
        assertThat(tokens).as(product + " token requests").isGreaterThanOrEqualTo(2).isLessThanOrEqualTo((int) max);
        assertThat(LoadRun.callsTo(simulator, "POST", "/" + product + "/token/")).isEqualTo(tokens);
      }
    }
  }
}
