package io.github.paysdk.benchmarks.loopback;

import io.github.paysdk.benchmarks.raw.RawOdeo;
import io.github.paysdk.benchmarks.support.LoopbackServer;
import io.github.paysdk.odeo.OdeoClient;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Odeo's signed {@code GET /dg/v1/disbursements/{id}} over real loopback HTTP against a server the
 * benchmark starts, through the SDK or the raw baseline ({@code side}). Run with {@code -t 1}, {@code -t 8},
 * {@code -t 32} and {@code -t 128} (or {@link LoopbackRunner}) for the concurrency levels; {@code thrpt}
 * gives ops/s and {@code sample} the latency percentiles. At the end of each trial the server's request
 * and connection counts are printed.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Dsun.net.httpserver.nodelay=true"})
public class Loopback {
  /** Which client makes the calls. */
  @Param({"sdk", "raw"})
  public String side;

  private LoopbackServer server;
  private OdeoClient sdk;
  private Supplier<Object> call;

  /**
   * Starts the server and the client; the pool keeps up to 256 idle connections so that 128 callers
   * can each keep one (OkHttp's default keeps 5), the same for both sides.
   *
   * @throws IOException if the server cannot start
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    server = LoopbackServer.start();
    OkHttpClient http = LoopbackServer.pooledClient();
    if (side.equals("sdk")) {
      sdk = server.odeoSdk(http);
      call = () -> sdk.disbursement().getDisbursement("123");
    } else {
      RawOdeo raw = server.odeoRaw(http);
      call = () -> raw.getDisbursement("123");
    }
  }

  /** Prints how many connections served how many requests, then stops everything. */
  @TearDown(Level.Trial)
  public void tearDown() {
    System.out.println("loopback side=" + side + " requests=" + server.requests() + " connections="
        + server.connections());
    if (sdk != null) {
      sdk.close();
    }
    server.close();
  }

  /** @return one signed read */
  @Benchmark
  public Object getDisbursement() {
    return call.get();
  }
}
