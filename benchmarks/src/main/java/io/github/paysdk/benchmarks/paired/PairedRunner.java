package io.github.paysdk.benchmarks.paired;

import io.github.paysdk.benchmarks.callcost.CallCost;
import io.github.paysdk.benchmarks.loopback.Loopback;
import io.github.paysdk.benchmarks.loopback.LoopbackAlternating;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Measures SDK against raw in alternating JMH forks: round after round, one fork of the SDK side and one of
 * the raw side (their order swapped every round), each fork's score paired with its neighbour's. On a shared
 * or virtualised machine whose speed drifts by tens of percent over minutes, the ratio of two forks run
 * back to back is far steadier than the ratio of two averages taken minutes apart; the median of the
 * per-round ratios is the figure to compare with a bar.
 *
 * <p>With {@code -prof gc} among the options, each fork's bytes allocated per operation
 * ({@code gc.alloc.rate.norm}) are recorded and summarised the same way.
 *
 * <p>Suite {@code alternating} runs {@link LoopbackAlternating} instead, where the two sides take turns
 * iteration by iteration inside one fork; each SDK iteration is paired with the raw one after it, and also
 * compared with the mean of the raw iterations before and after it (see {@link #sdkOverNeighbours}).
 *
 * <p>Usage: {@code PairedRunner callcost|loopback|alternating [--rounds=N] [--filter=REGEX] [--out=FILE] [JMH options]}:
 * rounds (default 5), a regex on the pair's name (default all), and a CSV of every fork's score (default
 * {@code paired-<suite>.csv}). JMH options given apply to every fork (e.g. {@code -wi 6 -w 1 -i 4 -r 1});
 * forks are always 1 per run.
 */
public final class PairedRunner {
  private PairedRunner() {}

  /** One comparison: how to run its SDK side and its raw side. */
  record Pair(String name, Side sdk, Side raw) {}

  /** One side of a pair: the benchmark to include and the JMH settings it needs. */
  interface Side {
    /**
     * @param options the options to add this side's selection to
     * @return them, with the selection
     */
    ChainedOptionsBuilder select(ChainedOptionsBuilder options);
  }

  /**
   * @param args the suite ({@code callcost} or {@code loopback}), then JMH options for every fork
   * @throws RunnerException if JMH fails
   * @throws CommandLineOptionException if the options do not parse
   */
  public static void main(String[] args) throws RunnerException, CommandLineOptionException {
    if (args.length == 0) {
      throw new IllegalArgumentException("usage: PairedRunner callcost|loopback [JMH options]");
    }
    String suite = args[0];
    List<Pair> pairs = switch (suite) {
      case "callcost" -> callCostPairs();
      case "loopback" -> loopbackPairs();
      case "alternating" -> List.of();
      default -> throw new IllegalArgumentException("unknown suite: " + suite);
    };
    int rounds = 5;
    Pattern filter = Pattern.compile(".*");
    Path csv = Path.of("paired-" + suite + ".csv");
    int jmhArgs = 1;
    for (; jmhArgs < args.length && args[jmhArgs].startsWith("--"); jmhArgs++) {
      String arg = args[jmhArgs];
      if (arg.startsWith("--rounds=")) {
        rounds = Integer.parseInt(arg.substring("--rounds=".length()));
      } else if (arg.startsWith("--filter=")) {
        filter = Pattern.compile(arg.substring("--filter=".length()));
      } else if (arg.startsWith("--out=")) {
        csv = Path.of(arg.substring("--out=".length()));
      } else {
        throw new IllegalArgumentException("unknown option: " + arg);
      }
    }
    CommandLineOptions given = new CommandLineOptions(List.of(args).subList(jmhArgs, args.length)
        .toArray(String[]::new));
    if (suite.equals("alternating")) {
      alternating(given, rounds, filter, csv);
      return;
    }
    List<String> lines = new ArrayList<>(List.of("pair,round,side,score,unit,bytesPerOp"));
    List<String> summary = new ArrayList<>();
    List<String> allocation = new ArrayList<>();
    for (Pair pair : pairs) {
      if (!filter.matcher(pair.name()).find()) {
        continue;
      }
      double[] sdk = new double[rounds];
      double[] raw = new double[rounds];
      double[] sdkBytes = new double[rounds];
      double[] rawBytes = new double[rounds];
      String unit = "";
      for (int round = 0; round < rounds; round++) {
        boolean sdkFirst = round % 2 == 0;
        RunResult first = runOne(given, sdkFirst ? pair.sdk() : pair.raw());
        RunResult second = runOne(given, sdkFirst ? pair.raw() : pair.sdk());
        RunResult sdkResult = sdkFirst ? first : second;
        RunResult rawResult = sdkFirst ? second : first;
        sdk[round] = sdkResult.getPrimaryResult().getScore();
        raw[round] = rawResult.getPrimaryResult().getScore();
        sdkBytes[round] = bytesPerOp(sdkResult);
        rawBytes[round] = bytesPerOp(rawResult);
        unit = sdkResult.getPrimaryResult().getScoreUnit();
        lines.add(pair.name() + "," + round + ",sdk," + sdk[round] + "," + unit + "," + sdkBytes[round]);
        lines.add(pair.name() + "," + round + ",raw," + raw[round] + "," + unit + "," + rawBytes[round]);
        write(csv, lines);
      }
      summary.add(summaryLine(pair, sdk, raw, unit));
      if (!Double.isNaN(sdkBytes[0])) {
        allocation.add(summaryLine(pair, sdkBytes, rawBytes, "B/op"));
      }
    }
    PrintStream out = System.out;
    out.println();
    out.println("| pair | raw median | SDK median | unit | SDK/raw per round | median | min | max |");
    out.println("|---|---:|---:|---|---|---:|---:|---:|");
    summary.forEach(out::println);
    if (!allocation.isEmpty()) {
      out.println();
      out.println("| pair | raw median | SDK median | unit | SDK/raw per round | median | min | max |");
      out.println("|---|---:|---:|---|---|---:|---:|---:|");
      allocation.forEach(out::println);
    }
  }

  /**
   * Runs {@link LoopbackAlternating} at 1, 8, 32 and 128 callers, {@code rounds} forks each, and pairs
   * every measured SDK iteration with the raw iteration after it.
   */
  private static void alternating(CommandLineOptions given, int rounds, Pattern filter, Path csv)
      throws RunnerException {
    List<String> lines = new ArrayList<>(List.of("level,fork,pair,sdk,raw,unit"));
    List<String> summary = new ArrayList<>();
    List<String> aroundSummary = new ArrayList<>();
    for (int threads : new int[] {1, 8, 32, 128}) {
      String name = "alternating-t" + threads;
      if (!filter.matcher(name).find()) {
        continue;
      }
      List<Double> sdk = new ArrayList<>();
      List<Double> raw = new ArrayList<>();
      List<Double> neighbours = new ArrayList<>();
      String unit = "";
      for (int fork = 0; fork < rounds; fork++) {
        Options options = new OptionsBuilder().parent(given).forks(1).threads(threads)
            .include("^" + Pattern.quote(LoopbackAlternating.class.getName() + ".getDisbursement") + "$")
            .verbosity(VerboseMode.SILENT).build();
        for (RunResult result : new Runner(options).run()) {
          unit = result.getPrimaryResult().getScoreUnit();
          int warmups = result.getParams().getWarmup().getCount();
          for (BenchmarkResult forkResult : result.getBenchmarkResults()) {
            double[] scores = forkResult.getIterationResults().stream()
                .mapToDouble(iteration -> iteration.getPrimaryResult().getScore()).toArray();
            for (double ratio : sdkOverNeighbours(scores, warmups)) {
              neighbours.add(ratio);
            }
            int pair = 0;
            for (int m = 0; m + 1 < scores.length; m++) {
              if (LoopbackAlternating.isSdkIteration(warmups + m + 1)) {
                sdk.add(scores[m]);
                raw.add(scores[m + 1]);
                lines.add(name + "," + fork + "," + pair++ + "," + scores[m] + "," + scores[m + 1] + ","
                    + unit);
                m++;
              }
            }
          }
        }
        write(csv, lines);
      }
      if (sdk.isEmpty()) {
        throw new IllegalArgumentException("no measured SDK iteration was followed by a raw one at "
            + name + ": measure at least 3 iterations (-i), or 2 after an even warm-up count (-wi)");
      }
      summary.add(summaryLine(new Pair(name, null, null),
          sdk.stream().mapToDouble(Double::doubleValue).toArray(),
          raw.stream().mapToDouble(Double::doubleValue).toArray(), unit));
      double[] around = neighbours.stream().mapToDouble(Double::doubleValue).toArray();
      aroundSummary.add("| " + name + " | " + around.length + " | **" + format(median(around)) + "** |");
    }
    System.out.println();
    System.out.println("| level | raw median | SDK median | unit | SDK/raw per pair of iterations | median | min | max |");
    System.out.println("|---|---:|---:|---|---|---:|---:|---:|");
    summary.forEach(System.out::println);
    System.out.println();
    System.out.println("| level | SDK iterations between two raw ones | median SDK / mean of the raw either side |");
    System.out.println("|---|---:|---:|");
    aroundSummary.forEach(System.out::println);
  }

  /**
   * Compares each measured SDK iteration that has a measured raw iteration on both sides with the mean of
   * those two. Pairing an SDK iteration only with the raw one after it lets a steady drift during the fork
   * (the JIT still finishing, the host speeding up or slowing down) favour whichever side runs second; with
   * a neighbour on each side a linear drift cancels.
   *
   * @param scores the fork's measured iteration scores, in order
   * @param warmups the warm-up iterations before them
   * @return SDK score / mean of its two raw neighbours, one per such SDK iteration
   */
  static double[] sdkOverNeighbours(double[] scores, int warmups) {
    List<Double> ratios = new ArrayList<>();
    for (int m = 1; m + 1 < scores.length; m++) {
      if (LoopbackAlternating.isSdkIteration(warmups + m + 1)) {
        ratios.add(scores[m] / ((scores[m - 1] + scores[m + 1]) / 2));
      }
    }
    return ratios.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** @return the fork's bytes allocated per operation, or NaN when run without {@code -prof gc} */
  private static double bytesPerOp(RunResult result) {
    Result<?> norm = result.getSecondaryResults().get("gc.alloc.rate.norm");
    return norm == null ? Double.NaN : norm.getScore();
  }

  private static RunResult runOne(CommandLineOptions given, Side side) throws RunnerException {
    ChainedOptionsBuilder options = new OptionsBuilder().parent(given).forks(1)
        .verbosity(VerboseMode.SILENT);
    Options built = side.select(options).build();
    Mode mode = built.getBenchModes().iterator().next();
    // A benchmark annotated with several modes is listed once per mode; keep the run in the side's mode.
    for (RunResult result : new Runner(built).run()) {
      if (result.getParams().getMode() == mode) {
        return result;
      }
    }
    throw new IllegalStateException("no " + mode + " result for " + built.getIncludes());
  }

  /** SDK/raw in each round (time: lower is better; throughput: higher is better), their median and range. */
  static String summaryLine(Pair pair, double[] sdk, double[] raw, String unit) {
    double[] ratios = new double[sdk.length];
    for (int i = 0; i < sdk.length; i++) {
      ratios[i] = sdk[i] / raw[i];
    }
    StringBuilder each = new StringBuilder();
    for (double ratio : ratios) {
      each.append(each.length() == 0 ? "" : " ").append(format(ratio));
    }
    double[] sorted = ratios.clone();
    java.util.Arrays.sort(sorted);
    return "| " + pair.name() + " | " + String.format(Locale.ROOT, "%,.0f", median(raw)) + " | "
        + String.format(Locale.ROOT, "%,.0f", median(sdk)) + " | " + unit + " | " + each + " | **"
        + format(median(ratios)) + "** | " + format(sorted[0]) + " | " + format(sorted[sorted.length - 1])
        + " |";
  }

  /** @return the median of {@code values} (the mean of the middle two for an even count) */
  static double median(double[] values) {
    double[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static String format(double ratio) {
    return String.format(Locale.ROOT, "%.2f", ratio);
  }

  private static void write(Path csv, List<String> lines) {
    try {
      Files.write(csv, lines, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The ten per-call comparisons of {@link CallCost}: {@code x_sdk} against {@code x_raw}. */
  static List<Pair> callCostPairs() {
    List<Pair> pairs = new ArrayList<>();
    for (String call : List.of("odeoCreate", "odeoRead", "odeonPayCharge", "odeonPayRead", "oyRemit",
        "oyRead", "oderoCreate", "oderoRead", "momoTransfer", "momoRead")) {
      pairs.add(new Pair(call, callCost(call + "_sdk"), callCost(call + "_raw")));
    }
    return pairs;
  }

  private static Side callCost(String method) {
    String include = "^" + Pattern.quote(CallCost.class.getName() + "." + method) + "$";
    return options -> options.include(include).mode(Mode.AverageTime);
  }

  /** {@link Loopback} throughput at 1, 8, 32 and 128 callers, side {@code sdk} against {@code raw}. */
  static List<Pair> loopbackPairs() {
    List<Pair> pairs = new ArrayList<>();
    for (int threads : new int[] {1, 8, 32, 128}) {
      pairs.add(new Pair("loopback-t" + threads, loopback("sdk", threads), loopback("raw", threads)));
    }
    return pairs;
  }

  private static Side loopback(String side, int threads) {
    String include = "^" + Pattern.quote(Loopback.class.getName() + ".getDisbursement") + "$";
    return options -> options.include(include).mode(Mode.Throughput).threads(threads)
        .param("side", side);
  }
}
