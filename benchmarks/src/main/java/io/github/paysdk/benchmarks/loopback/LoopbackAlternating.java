package io.github.paysdk.benchmarks.loopback;

import io.github.paysdk.benchmarks.raw.RawOdeo;
import io.github.paysdk.benchmarks.support.LoopbackServer;
import io.github.paysdk.odeo.OdeoClient;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The {@link Loopback} call with the SDK and the raw client taking turns in one JVM: iteration 1, 3, 5...
 * (warm-up included) call through the SDK, iterations 2, 4, 6... through the raw client, against the same
 * server over one shared connection pool. Each measured SDK iteration is then compared with the raw
 * iteration right after it ({@link io.github.paysdk.benchmarks.paired.PairedRunner}), so that both sides
 * see the same JIT state, heap and machine moment; separate forks of this benchmark differ from each other
 * by far more than the two clients do.
 *
 * <p>The warm-up is long (60 one-second iterations, 30 per client) because on two cores the JIT compilers
 * compete with the callers and the server: measured from the start, the SDK/raw ratio climbs from about
 * 0.85 in the first 20 seconds to its steady level after 30-60 seconds (docs/performance.md, section 2).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 60, time = 1)
@Measurement(iterations = 40, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Dsun.net.httpserver.nodelay=true"})
public class LoopbackAlternating {
  private LoopbackServer server;
  private OdeoClient sdk;
  private RawOdeo raw;
  private int iteration;
  private volatile boolean sdkTurn;

  /**
   * Starts the server and both clients over one pool of up to 256 idle connections.
   *
   * @throws IOException if the server cannot start
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    server = LoopbackServer.start();
    OkHttpClient http = LoopbackServer.pooledClient();
    sdk = server.odeoSdk(http);
    raw = server.odeoRaw(http);
  }

  /** Gives the next iteration to the other client: odd iterations (counting from 1) are the SDK's. */
  @Setup(Level.Iteration)
  public void nextTurn() {
    iteration++;
    sdkTurn = isSdkIteration(iteration);
  }

  /**
   * @param iteration an iteration number, warm-up included, counting from 1
   * @return whether that iteration calls through the SDK
   */
  public static boolean isSdkIteration(int iteration) {
    return iteration % 2 == 1;
  }

  /** Prints the server's request and connection counts, then stops everything. */
  @TearDown(Level.Trial)
  public void tearDown() {
    System.out.println("loopback-alternating requests=" + server.requests() + " connections="
        + server.connections());
    sdk.close();
    server.close();
  }

  /** @return one signed read, through the client whose turn it is */
  @Benchmark
  public Object getDisbursement() {
    return sdkTurn ? sdk.disbursement().getDisbursement("123") : raw.getDisbursement("123");
  }
}
