package io.github.paysdk.benchmarks.startup;

import io.github.paysdk.testing.odeo.OdeoSimulator;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Bar 5: starts the Odeo simulator here, then launches fresh JVMs that make their first Odeo call
 * against it ({@link FirstOdeoCall}), alternating SDK and raw; prints the medians of the time from JVM
 * start to the parsed answer, from {@code main} to the answer, and the whole process wall time.
 */
public final class StartupComparison {
  private StartupComparison() {}

  /**
   * @param args optional: rounds per side (default 15)
   * @throws Exception on any failure
   */
  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
    try (OdeoSimulator simulator = new OdeoSimulator().start()) {
      run("sdk", simulator);
      run("raw", simulator);
      long[][] sdk = new long[3][rounds];
      long[][] raw = new long[3][rounds];
      for (int i = 0; i < rounds; i++) {
        record(run("sdk", simulator), sdk, i);
        record(run("raw", simulator), raw, i);
      }
      String[] names = {"JVM start -> first answer", "main -> first answer", "process wall time"};
      System.out.printf(Locale.ROOT, "%-28s %9s %9s %7s%n", "median of " + rounds + " runs (ms)", "raw",
          "sdk", "ratio");
      for (int m = 0; m < 3; m++) {
        double r = median(raw[m]);
        double s = median(sdk[m]);
        System.out.printf(Locale.ROOT, "%-28s %9.0f %9.0f %7.2f%n", names[m], r, s, s / r);
      }
    }
  }

  private static void record(long[] values, long[][] into, int round) {
    for (int m = 0; m < 3; m++) {
      into[m][round] = values[m];
    }
  }

  private static double median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
  }

  private static long[] run(String side, OdeoSimulator simulator) throws Exception {
    List<String> command = new ArrayList<>(List.of(
        System.getProperty("java.home") + File.separator + "bin" + File.separator + "java",
        "-cp", System.getProperty("java.class.path"), FirstOdeoCall.class.getName(), side,
        simulator.baseUrl(), simulator.clientId(), simulator.clientSecret(), simulator.signingKey()));
    long started = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String result = null;
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.startsWith("first-response ")) {
          result = line;
        }
      }
    }
    int exit = process.waitFor();
    long wall = (System.nanoTime() - started) / 1_000_000;
    if (exit != 0 || result == null) {
      throw new IllegalStateException(side + " run failed with exit code " + exit);
    }
    String[] parts = result.split(" ");
    return new long[] {Long.parseLong(parts[1]), Long.parseLong(parts[2]), wall};
  }
}
