package io.github.paysdk.examples.odeonpay;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paysdk.examples.Env;
import io.github.paysdk.odeonpay.model.TransactionStatus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OdeonPayExampleTest {

  @Test
  void runsTheWholeFlowAgainstTheSimulatorWithoutCredentials() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    TransactionStatus status = OdeonPayExample.run(Env.of(Map.of()), out);

    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertThat(status).isEqualTo(TransactionStatus.COMPLETED);
    assertThat(printed)
        .contains("1. API test: Test message success")
        .contains("3-D Secure required")
        .contains("is Completed")
        .contains("4. Refund of 5.00 EUR requested")
        .contains("is PayoutCompleted")
        .contains("6. Checkout link: http")
        .doesNotContain("4200000000000000")
        .doesNotContain("4242424242424242")
        .doesNotContain("example-api-secret")
        .doesNotContain("example-signature-key");
  }
}
