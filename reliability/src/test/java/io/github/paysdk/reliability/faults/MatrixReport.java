package io.github.paysdk.reliability.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Collects the outcome of every cell and prints the matrix (scenario × provider call → what the user
 * got). Holds no secrets: outcomes are exception types, statuses and counts.
 */
final class MatrixReport {
  private final Map<String, Map<Scenario, String>> cells = new LinkedHashMap<>();
  private final List<String> calls = new ArrayList<>();
  private final long started = System.nanoTime();
  private int passed;
  private int failed;

  synchronized void record(CallUnderTest<?, ?> call, Scenario scenario, String outcome, boolean ok) {
    String column = call + " (" + call.kind() + ")";
    if (!cells.containsKey(column)) {
      calls.add(column);
    }
    cells.computeIfAbsent(column, c -> new LinkedHashMap<>()).put(scenario, ok ? outcome : "FAIL: " + outcome);
    if (ok) {
      passed++;
    } else {
      failed++;
    }
    System.out.printf("fault matrix | %-32s | %-38s | %s%s%n", column, scenario, ok ? "" : "FAIL ", outcome);
  }

  /** @return the matrix as a Markdown table, one row per scenario, one column per call */
  synchronized String markdown() {
    StringBuilder out = new StringBuilder("| scenario |");
    for (String call : calls) {
      out.append(' ').append(call).append(" |");
    }
    out.append("\n|---|");
    out.append("---|".repeat(calls.size()));
    out.append('\n');
    for (Scenario scenario : Scenario.values()) {
      out.append("| ").append(scenario).append(" |");
      for (String call : calls) {
        out.append(' ').append(cells.get(call).getOrDefault(scenario, "")).append(" |");
      }
      out.append('\n');
    }
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    out.append('\n').append(passed + failed).append(" cells (").append(Scenario.values().length)
        .append(" scenarios x ").append(calls.size()).append(" calls): ").append(passed)
        .append(" passed, ").append(failed).append(" failed, in ").append(millis).append(" ms\n");
    return out.toString();
  }

  /** Prints the table and writes it to {@code target/fault-matrix.md}. */
  synchronized void publish() {
    String table = markdown();
    System.out.println();
    System.out.println(table);
    try {
      Path target = Path.of("target");
      Files.createDirectories(target);
      Files.writeString(target.resolve("fault-matrix.md"), table, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
