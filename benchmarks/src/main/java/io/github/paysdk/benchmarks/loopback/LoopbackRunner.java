package io.github.paysdk.benchmarks.loopback;

import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link Loopback} at 1, 8, 32 and 128 concurrent callers, one JSON result file per level
 * ({@code loopback-t<N>.json} in the working directory). Any JMH command-line options given are applied
 * to every level (e.g. {@code -f 2 -i 5}).
 */
public final class LoopbackRunner {
  private LoopbackRunner() {}

  /**
   * @param args JMH options applied to every level
   * @throws RunnerException if JMH fails
   * @throws CommandLineOptionException if the options do not parse
   */
  public static void main(String[] args) throws RunnerException, CommandLineOptionException {
    CommandLineOptions given = new CommandLineOptions(args);
    for (int threads : new int[] {1, 8, 32, 128}) {
      new Runner(new OptionsBuilder()
          .parent(given)
          .include("^" + java.util.regex.Pattern.quote(Loopback.class.getName() + ".") + "\\w+$")
          .threads(threads)
          .resultFormat(org.openjdk.jmh.results.format.ResultFormatType.JSON)
          .result("loopback-t" + threads + ".json")
          .build()).run();
    }
  }
}
