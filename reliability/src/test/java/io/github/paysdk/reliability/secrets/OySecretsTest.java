package io.github.paysdk.reliability.secrets;

import io.github.paysdk.core.testing.CapturedLogs;
import io.github.paysdk.oy.OyClient;
import io.github.paysdk.oy.disbursement.CreateDisbursementRequest;
import io.github.paysdk.testing.oy.OySimulator;
import org.junit.jupiter.api.Test;

/** OY! Indonesia: flow, faults, validation failures and a wrong API key, with nothing secret anywhere. */
class OySecretsTest extends CapturedTraceTest {
  private static final String API_KEY = "oy-audit-api-key-2c7d91";
  private static final String WRONG_KEY = "oy-audit-wrong-key-6e01aa";

  @Test
  void noSecretInLogsExceptionsOrToString() {
    AuditRun run = new AuditRun();
    run.echoed = API_KEY;
    run.audit.secret("API key", API_KEY).secret("wrong API key", WRONG_KEY);
    try (OySimulator simulator = new OySimulator("oy-audit-user", API_KEY)) {
      simulator.start();
      CapturedLogs.clear();
      OyClient.Builder builder = OyClient.builder().username("oy-audit-user").apiKey(API_KEY)
          .baseUrl(simulator.baseUrl()).sleeper(wait -> { });
      try (OyClient oy = builder.build()) {
        run.audit.objects("builder", builder).objects("client", oy);
        run.ok("inquire", () -> oy.accountInquiry().inquire("014", "1239812390"));
        CreateDisbursementRequest request = disbursement("oy-audit-1");
        run.audit.objects("request", request);
        run.ok("create disbursement", () -> oy.disbursement().create(request));
        run.ok("balance", () -> oy.balance().get());
        Runnable warmUp = () -> oy.balance().get();
        run.underFaults("balance", simulator, warmUp, () -> oy.balance().get());
        int[] n = {2};
        run.underFaults("create disbursement", simulator, warmUp,
            () -> oy.disbursement().create(disbursement("oy-audit-" + n[0]++)));
        run.either("duplicate partnerTrxId", () -> oy.disbursement().create(disbursement("oy-audit-1")));
        run.either("unknown bank", () -> oy.accountInquiry().inquire("999", "1239812390"));
        run.fails("validation", () -> CreateDisbursementRequest.builder().recipientBank("014")
            .recipientAccount("1239812390").amount(1).note("x").partnerTrxId("oy-audit-bad").build());
        run.audit.objects("client after run", oy);
      }
      run.fails("blank API key", () -> OyClient.builder().username("oy-audit-user").apiKey(" ").build());
      try (OyClient wrong = OyClient.builder().username("oy-audit-user").apiKey(WRONG_KEY)
          .baseUrl(simulator.baseUrl()).sleeper(wait -> { }).build()) {
        run.fails("wrong API key", () -> wrong.balance().get());
      }
      run.audit.harvest(simulator.calls());
      run.assertNoLeak("OY flow + faults", "--> POST /api/remit");
    }
  }

  private static CreateDisbursementRequest disbursement(String partnerTrxId) {
    return CreateDisbursementRequest.builder().recipientBank("014").recipientAccount("1239812390")
        .amount(15_000).note("audit").partnerTrxId(partnerTrxId).build();
  }
}
