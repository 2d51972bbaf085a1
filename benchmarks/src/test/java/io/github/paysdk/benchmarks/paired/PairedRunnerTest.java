package io.github.paysdk.benchmarks.paired;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.runner.options.OptionsBuilder;

class PairedRunnerTest {
  @Test
  void medianOfOddAndEvenCounts() {
    assertThat(PairedRunner.median(new double[] {3, 1, 2})).isEqualTo(2);
    assertThat(PairedRunner.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
  }

  @Test
  void summaryGivesEveryRoundsRatioAndTheirMedian() {
    PairedRunner.Pair pair = PairedRunner.callCostPairs().get(0);
    String line = PairedRunner.summaryLine(pair, new double[] {110, 120, 230}, new double[] {100, 100, 200},
        "ns/op");
    assertThat(line).isEqualTo(
        "| odeoCreate | 100 | 120 | ns/op | 1.10 1.20 1.15 | **1.15** | 1.10 | 1.20 |");
  }

  @Test
  void alternatingIterationsStartWithTheSdk() {
    assertThat(io.github.paysdk.benchmarks.loopback.LoopbackAlternating.isSdkIteration(1)).isTrue();
    assertThat(io.github.paysdk.benchmarks.loopback.LoopbackAlternating.isSdkIteration(2)).isFalse();
    assertThat(io.github.paysdk.benchmarks.loopback.LoopbackAlternating.isSdkIteration(9)).isTrue();
  }

  @Test
  void sdkIterationsAreComparedWithTheRawOnEitherSideSoThatADriftCancels() {
    // the machine speeds up by 10 ops/s per iteration; both clients are equally fast
    double[] drifting = {100, 110, 120, 130, 140};
    // no warm-up: iterations 1..5 are SDK, raw, SDK, raw, SDK; only the middle SDK one has two neighbours
    assertThat(PairedRunner.sdkOverNeighbours(drifting, 0)).containsExactly(1.0);
    // one warm-up iteration: raw, SDK, raw, SDK, raw
    assertThat(PairedRunner.sdkOverNeighbours(drifting, 1)).containsExactly(1.0, 1.0);
  }

  @Test
  void everyCallAndLevelIsPaired() {
    assertThat(PairedRunner.callCostPairs()).hasSize(10);
    assertThat(PairedRunner.loopbackPairs()).extracting(PairedRunner.Pair::name)
        .containsExactly("loopback-t1", "loopback-t8", "loopback-t32", "loopback-t128");
    String sdk = PairedRunner.loopbackPairs().get(3).sdk().select(new OptionsBuilder()).build()
        .getParameter("side").get().iterator().next();
    assertThat(sdk).isEqualTo("sdk");
    assertThat(PairedRunner.loopbackPairs().get(3).raw().select(new OptionsBuilder()).build()
        .getThreads().get()).isEqualTo(128);
  }
}
