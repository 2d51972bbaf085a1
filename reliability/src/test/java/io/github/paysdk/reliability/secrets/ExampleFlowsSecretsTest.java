package io.github.paysdk.reliability.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paysdk.core.testing.CapturedLogs;
import io.github.paysdk.examples.Env;
import io.github.paysdk.examples.momo.MomoExample;
import io.github.paysdk.examples.odeo.OdeoExample;
import io.github.paysdk.examples.odeonpay.OdeonPayExample;
import io.github.paysdk.examples.odero.OderoExample;
import io.github.paysdk.examples.oy.OyExample;
import io.github.paysdk.testing.momo.MomoSimulator;
import io.github.paysdk.testing.odeo.OdeoSimulator;
import io.github.paysdk.testing.oy.OySimulator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Runs every provider's example program with TRACE logging captured in memory and proves that no
 * credential, token, signature, Basic credential, card number or CVV reaches a log line or the printed
 * output. Odeo and OY run against a simulator this test owns (so every header the SDK sent is harvested);
 * the others run their built-in simulator path, whose credentials and card numbers are known.
 */
class ExampleFlowsSecretsTest extends CapturedTraceTest {
  @Test
  void odeoExampleLeaksNothing() {
    try (OdeoSimulator simulator =
        new OdeoSimulator("audit-odeo-client", "audit-odeo-client-secret-3f9a", "audit-odeo-signing-key-7c21")
            .start()) {
      CapturedLogs.clear();
      String printed = run(out -> OdeoExample.run(Env.of(Map.of(
          "ODEO_CLIENT_ID", "audit-odeo-client",
          "ODEO_CLIENT_SECRET", "audit-odeo-client-secret-3f9a",
          "ODEO_SIGNING_KEY", "audit-odeo-signing-key-7c21",
          "ODEO_BASE_URL", simulator.baseUrl())), out));
      assertThat(printed).contains("Done.");
      LeakAudit audit = new LeakAudit()
          .secret("client secret", "audit-odeo-client-secret-3f9a")
          .secret("signing key", "audit-odeo-signing-key-7c21")
          .pattern("simulator-issued access token", "sim-token-\\d")
          .harvest(simulator.calls());
      SecretsSupport.assertNoLeak("Odeo example", audit, printed, "--> POST /oauth2/token");
    }
  }

  @Test
  void oyExampleLeaksNothing() {
    try (OySimulator simulator = new OySimulator("audit-oy-user", "audit-oy-api-key-51d0")) {
      simulator.start();
      CapturedLogs.clear();
      String printed = run(out -> OyExample.run(Env.of(Map.of(
          "OY_USERNAME", "audit-oy-user",
          "OY_API_KEY", "audit-oy-api-key-51d0",
          "OY_BASE_URL", simulator.baseUrl())), out));
      assertThat(printed).contains("Done.");
      LeakAudit audit = new LeakAudit()
          .secret("API key", "audit-oy-api-key-51d0")
          .harvest(simulator.calls());
      SecretsSupport.assertNoLeak("OY example", audit, printed, "--> POST /api/remit");
    }
  }

  @Test
  void odeonPayExampleLeaksNothing() {
    CapturedLogs.clear();
    String printed = run(out -> OdeonPayExample.run(Env.of(Map.of()), out));
    LeakAudit audit = new LeakAudit()
        .basic("pbid_example", "example-api-secret")
        .secret("signature key", "example-signature-key")
        .card("4200000000000000").card("4242424242424242").cvv("123");
    SecretsSupport.assertNoLeak("OdeonPay example", audit, printed, "--> POST");
  }

  @Test
  void oderoExampleLeaksNothing() {
    CapturedLogs.clear();
    String printed = run(out -> OderoExample.run(Env.of(Map.of()), out));
    LeakAudit audit = new LeakAudit()
        .secret("API key", "demo-api-key")
        .secret("secret key", "demo-secret-key")
        .card("5258640000000001").cvv("000");
    SecretsSupport.assertNoLeak("Odero example", audit, printed, "--> POST");
  }

  @Test
  void momoExampleLeaksNothing() {
    CapturedLogs.clear();
    String printed = run(out -> MomoExample.run(Env.of(Map.of()), out));
    LeakAudit audit = new LeakAudit()
        .secret("subscription key", MomoSimulator.COLLECTION_SUBSCRIPTION_KEY)
        .secret("subscription key", MomoSimulator.DISBURSEMENT_SUBSCRIPTION_KEY)
        .basic(MomoSimulator.API_USER, MomoSimulator.API_KEY)
        .pattern("simulator-issued access token", "sim\\.[0-9a-f]{8}-[0-9a-f]{4}-");
    SecretsSupport.assertNoLeak("MoMo example", audit, printed, "--> POST /collection/token/");
  }

  private interface Flow {
    void run(PrintStream out) throws Exception;
  }

  private static String run(Flow flow) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      flow.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    } catch (Exception e) {
      throw new AssertionError("example failed: " + e.getClass().getName(), e);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
