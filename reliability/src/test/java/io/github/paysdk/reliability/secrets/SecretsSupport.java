package io.github.paysdk.reliability.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paysdk.core.testing.CapturedLogs;
import java.util.List;
import org.slf4j.LoggerFactory;

/** What every secrets audit does: check the log binding, search, print the count, fail on any leak. */
final class SecretsSupport {
  private SecretsSupport() {}

  /** Fails unless core's in-memory binding is the active SLF4J binding and keeps TRACE lines. */
  static void assertCapturingBinding() {
    assertThat(LoggerFactory.getILoggerFactory().getClass().getName())
        .as("the active SLF4J binding must be core's CapturingLogProvider")
        .startsWith("io.github.paysdk.core.testing.CapturingLogProvider");
    CapturedLogs.clear();
    LoggerFactory.getLogger("io.github.paysdk.reliability.probe").trace("probe {}", 42);
    assertThat(CapturedLogs.linesContaining("TRACE io.github.paysdk.reliability.probe - probe 42"))
        .as("TRACE lines must be captured").hasSize(1);
  }

  /**
   * Adds the captured log lines and the printed output to the audit, prints its summary and fails on any
   * occurrence. {@code expectedTrace} proves the logs really hold the SDK's TRACE lines.
   *
   * @param name what was audited
   * @param audit the values and texts so far
   * @param printed the program's printed output, or null
   * @param expectedTrace a text one of the SDK's TRACE lines must contain
   */
  static void assertNoLeak(String name, LeakAudit audit, String printed, String expectedTrace) {
    List<String> logs = CapturedLogs.lines();
    assertThat(logs).as("the SDK's TRACE lines were captured")
        .anyMatch(line -> line.startsWith("TRACE io.github.paysdk.http.") && line.contains(expectedTrace));
    audit.texts("log line", logs).text("printed output", printed);
    System.out.println(audit.summary(name));
    assertThat(audit.valueCount()).as("values checked").isPositive();
    assertThat(audit.findings()).as(name + ": occurrences of secrets or card data").isEmpty();
    Totals.add(audit);
  }
}
