package io.github.paysdk.reliability.secrets;

import io.github.paysdk.core.testing.CapturedLogs;
import io.github.paysdk.momo.MomoClient;
import io.github.paysdk.momo.MomoEnvironment;
import io.github.paysdk.momo.ProductCredentials;
import io.github.paysdk.momo.collection.RequestToPayRequest;
import io.github.paysdk.momo.model.Party;
import io.github.paysdk.momo.model.TransferRequest;
import io.github.paysdk.testing.momo.MomoSimulator;
import org.junit.jupiter.api.Test;

/**
 * MTN MoMo: balance, request to pay and transfer with their status calls, under faults, with bad input and
 * a wrong API key; no subscription key, Basic credential or access token anywhere.
 */
class MomoSecretsTest extends CapturedTraceTest {
  private static final String WRONG_KEY = "0123456789abcdef0123456789abcdef";

  @Test
  void noSecretInLogsExceptionsOrToString() {
    AuditRun run = new AuditRun();
    run.audit.secret("subscription key", MomoSimulator.COLLECTION_SUBSCRIPTION_KEY)
        .secret("subscription key", MomoSimulator.DISBURSEMENT_SUBSCRIPTION_KEY)
        .basic(MomoSimulator.API_USER, MomoSimulator.API_KEY)
        .basic(MomoSimulator.API_USER, WRONG_KEY);
    try (MomoSimulator simulator = new MomoSimulator().start()) {
      CapturedLogs.clear();
      MomoClient.Builder builder = builder(simulator, MomoSimulator.API_KEY);
      try (MomoClient momo = builder.build()) {
        run.audit.objects("builder", builder).objects("client", momo);
        run.ok("balance", () -> momo.collection().balance());
        RequestToPayRequest pay = requestToPay();
        run.audit.objects("request to pay", pay);
        run.ok("requestToPay", () -> momo.collection().requestToPay(pay));
        run.ok("requestToPayStatus", () -> momo.collection().requestToPayStatus(pay.referenceId()));
        TransferRequest transfer = transfer();
        run.audit.objects("transfer", transfer);
        run.ok("transfer", () -> momo.disbursement().transfer(transfer));
        Runnable warmUp = () -> {
          momo.collection().balance();
          momo.disbursement().balance();
        };
        run.echoed = MomoSimulator.COLLECTION_SUBSCRIPTION_KEY;
        run.underFaults("balance", simulator, warmUp, () -> momo.collection().balance());
        run.underFaults("requestToPay", simulator, warmUp, () -> momo.collection().requestToPay(requestToPay()));
        run.echoed = MomoSimulator.DISBURSEMENT_SUBSCRIPTION_KEY;
        run.underFaults("transferStatus", simulator, warmUp,
            () -> momo.disbursement().transferStatus(transfer.referenceId()));
        run.fails("validation", () -> RequestToPayRequest.builder().amount("-5").currency("EUR")
            .externalId("x").payer(Party.msisdn("46733123450")).build());
        run.audit.objects("client after run", momo);
      }
      try (MomoClient wrong = builder(simulator, WRONG_KEY).build()) {
        run.fails("wrong API key", () -> wrong.collection().balance());
      }
      run.audit.harvest(simulator.calls());
      run.assertNoLeak("MoMo flow + faults", "--> POST /collection/token/");
    }
  }

  private static MomoClient.Builder builder(MomoSimulator simulator, String apiKey) {
    return MomoClient.builder().environment(MomoEnvironment.SANDBOX).baseUrl(simulator.baseUrl())
        .collection(ProductCredentials.of(MomoSimulator.COLLECTION_SUBSCRIPTION_KEY, MomoSimulator.API_USER,
            apiKey))
        .disbursement(ProductCredentials.of(MomoSimulator.DISBURSEMENT_SUBSCRIPTION_KEY,
            MomoSimulator.API_USER, apiKey))
        .sleeper(wait -> { });
  }

  private static RequestToPayRequest requestToPay() {
    return RequestToPayRequest.builder().amount("100").currency("EUR").externalId("order-1")
        .payer(Party.msisdn("46733123450")).payerMessage("Order 1").payeeNote("audit").build();
  }

  private static TransferRequest transfer() {
    return TransferRequest.builder().amount("40").currency("EUR").externalId("payout-1")
        .payee(Party.msisdn("46733123450")).payerMessage("Payout").payeeNote("audit").build();
  }
}
