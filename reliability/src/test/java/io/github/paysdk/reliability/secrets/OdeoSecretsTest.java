package io.github.paysdk.reliability.secrets;

import io.github.paysdk.core.testing.CapturedLogs;
import io.github.paysdk.odeo.OdeoClient;
import io.github.paysdk.odeo.disbursement.CreateDisbursementRequest;
import io.github.paysdk.testing.odeo.OdeoSimulator;
import org.junit.jupiter.api.Test;

/** Odeo: flow, faults, validation failures and wrong credentials, with nothing secret anywhere. */
class OdeoSecretsTest extends CapturedTraceTest {
  private static final String SECRET = "odeo-audit-client-secret-8b2e";
  private static final String SIGNING_KEY = "odeo-audit-signing-key-41f7";
  private static final String WRONG_SECRET = "odeo-audit-wrong-secret-0d3c";

  @Test
  void noSecretInLogsExceptionsOrToString() {
    AuditRun run = new AuditRun();
    run.audit.secret("client secret", SECRET).secret("signing key", SIGNING_KEY)
        .secret("wrong client secret", WRONG_SECRET);
    try (OdeoSimulator simulator = new OdeoSimulator("odeo-audit-id", SECRET, SIGNING_KEY).start()) {
      CapturedLogs.clear();
      OdeoClient.Builder builder = OdeoClient.builder().clientId("odeo-audit-id").clientSecret(SECRET)
          .signingKey(SIGNING_KEY).baseUrl(simulator.baseUrl()).sleeper(wait -> { });
      try (OdeoClient odeo = builder.build()) {
        run.audit.objects("builder", builder).objects("client", odeo);
        run.ok("getBanks", () -> odeo.disbursement().getBanks());
        CreateDisbursementRequest request = disbursement("odeo-audit-1");
        run.audit.objects("request", request);
        run.ok("createDisbursement", () -> odeo.disbursement().createDisbursement(request));
        run.ok("getBalance", () -> odeo.cash().getBalance());
        Runnable warmUp = () -> odeo.disbursement().getBanks();
        run.underFaults("getBalance", simulator, warmUp, () -> odeo.cash().getBalance());
        int[] n = {2};
        run.underFaults("createDisbursement", simulator, warmUp,
            () -> odeo.disbursement().createDisbursement(disbursement("odeo-audit-" + n[0]++)));
        run.fails("createDisbursement to an unknown bank", () -> odeo.disbursement().createDisbursement(
            CreateDisbursementRequest.builder().accountNumber("1234567890").amount(10_000).bankId(99_999)
                .customerName("Budi").referenceId("odeo-audit-bad-bank").build()));
        run.fails("validation", () -> CreateDisbursementRequest.builder().accountNumber("1234567890")
            .amount(-1).bankId(2).customerName("Budi").referenceId("x").build());
        run.audit.objects("client after run", odeo);
      }
      run.fails("blank secret", () -> OdeoClient.builder().clientId("id").clientSecret(" ")
          .signingKey(SIGNING_KEY).build());
      try (OdeoClient wrong = OdeoClient.builder().clientId("odeo-audit-id").clientSecret(WRONG_SECRET)
          .signingKey(SIGNING_KEY).baseUrl(simulator.baseUrl()).sleeper(wait -> { }).build()) {
        run.fails("wrong client secret", () -> wrong.cash().getBalance());
      }
      run.audit.harvest(simulator.calls());
      run.assertNoLeak("Odeo flow + faults", "--> POST /oauth2/token");
    }
  }

  private static CreateDisbursementRequest disbursement(String referenceId) {
    return CreateDisbursementRequest.builder().accountNumber("1234567890").amount(150_000).bankId(2)
        .customerName("Budi Santoso").referenceId(referenceId).description("audit").build();
  }
}
