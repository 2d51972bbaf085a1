package io.github.paysdk.examples.odeo;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paysdk.examples.Env;
import io.github.paysdk.testing.odeo.OdeoSimulator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OdeoExampleTest {
  private static String run(Env env) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    OdeoExample.run(env, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void runsTheWholeFlowAgainstTheSimulatorWithoutCredentials() {
    String output = run(Env.of(Map.of()));

    assertThat(output)
        .contains("in-process Odeo simulator")
        .contains("1. 4 banks")
        .contains("2. Inquiry: account 1234567890")
        .contains("3. Disbursed 150000 IDR")
        .contains("4. Looked up by reference id")
        .contains("5. Balance: Rp99,846,500")
        .contains("6. History page 1:").contains("6. History page 2:")
        .contains("Done.");
  }

  @Test
  void usesTheCredentialsAndBaseUrlFromTheEnvironmentAndPrintsNoSecret() {
    try (OdeoSimulator simulator = new OdeoSimulator("env-id", "env-secret-value", "env-signing-key").start()) {
      String output = run(Env.of(Map.of(
          "ODEO_CLIENT_ID", "env-id",
          "ODEO_CLIENT_SECRET", "env-secret-value",
          "ODEO_SIGNING_KEY", "env-signing-key",
          "ODEO_BASE_URL", simulator.baseUrl())));

      assertThat(output).contains("Using Odeo at " + simulator.baseUrl()).contains("Done.")
          .doesNotContain("env-secret-value").doesNotContain("env-signing-key")
          .doesNotContain("sim-token");
      assertThat(simulator.disbursementCount()).isEqualTo(1);
    }
  }
}
