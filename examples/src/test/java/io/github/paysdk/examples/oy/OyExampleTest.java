package io.github.paysdk.examples.oy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paysdk.examples.Env;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OyExampleTest {
  @Test
  void runsTheWholeFlowAgainstTheSimulator() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    OyExample.run(Env.of(Map.of()), out);

    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertThat(printed)
        .contains("in-process OY simulator")
        .contains("1. Account inquiry 014/1239812390: holder John Doe")
        .contains("2. Disbursement example-")
        .contains("status check 2: SUCCESS (code 000)")
        .contains("3. Static VA")
        .contains("confirmed by re-query (settlement WAITING); VA is now COMPLETE")
        .contains("4. Payment link link")
        .contains("status COMPLETE confirmed by re-query")
        .endsWith("Done." + System.lineSeparator());
    assertThat(printed).doesNotContain("sim-api-key");
  }
}
