package io.github.paysdk.core.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * Every log line written through SLF4J during tests, at every level including TRACE. Tests that must prove
 * no secret reaches a log read it here. (Installed by {@link CapturingLogProvider}; provider modules get it
 * through sdk-core's test-jar.)
 */
public final class CapturedLogs {
  private static final List<String> LINES = new ArrayList<>();

  private CapturedLogs() {}

  static synchronized void add(String line) {
    LINES.add(line);
  }

  /** @return a copy of every line so far */
  public static synchronized List<String> lines() {
    return List.copyOf(LINES);
  }

  /** Forgets every line so far. */
  public static synchronized void clear() {
    LINES.clear();
  }

  /**
   * @param needle a value that must never be logged
   * @return the lines containing it
   */
  public static synchronized List<String> linesContaining(String needle) {
    List<String> hits = new ArrayList<>();
    for (String line : LINES) {
      if (line.contains(needle)) {
        hits.add(line);
      }
    }
    return hits;
  }
}
