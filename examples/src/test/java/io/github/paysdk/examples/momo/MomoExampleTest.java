package io.github.paysdk.examples.momo;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paysdk.examples.Env;
import io.github.paysdk.momo.model.TransactionResult;
import io.github.paysdk.momo.model.TransactionStatus;
import io.github.paysdk.testing.momo.MomoSimulator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MomoExampleTest {

  @Test
  void runsTheCollectionAndDisbursementFlowAgainstTheSimulator() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    TransactionResult[] results = MomoExample.run(Env.of(Map.of()), out);

    assertThat(results).extracting(TransactionResult::status)
        .containsExactly(TransactionStatus.SUCCESSFUL, TransactionStatus.SUCCESSFUL);
    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertThat(printed).contains("in-process simulator", "Request to pay", "Disbursement transfer")
        .doesNotContain(MomoSimulator.API_KEY)
        .doesNotContain(MomoSimulator.COLLECTION_SUBSCRIPTION_KEY)
        .doesNotContain(MomoSimulator.DISBURSEMENT_SUBSCRIPTION_KEY);
  }

  @Test
  void partialCredentialsFallBackToTheSimulator() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    MomoExample.run(Env.of(Map.of("MOMO_COLLECTION_API_KEY", "only-this")),
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("in-process simulator")
        .doesNotContain("only-this");
  }
}
