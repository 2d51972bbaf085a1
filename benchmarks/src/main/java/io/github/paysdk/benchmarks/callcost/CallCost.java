package io.github.paysdk.benchmarks.callcost;

import io.github.paysdk.benchmarks.support.Calls;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One call per provider and direction (a money-moving call and a read), through the SDK and through the
 * raw baseline: request built, serialized, signed, sent through OkHttp to an in-memory interceptor that
 * answers with the provider's own example, parsed into the model. Compare {@code x_sdk} with
 * {@code x_raw}; run with {@code -prof gc} for bytes allocated per call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+UseParallelGC"})
public class CallCost {
  private Calls calls;

  /** Builds both sides over one OkHttpClient whose only interceptor answers from memory. */
  @Setup
  public void setUp() {
    OkHttpClient http = new OkHttpClient.Builder().addInterceptor(Calls.cannedResponses()).build();
    calls = new Calls(http, "http://bench.invalid/");
  }

  /** Closes the SDK clients. */
  @TearDown
  public void tearDown() {
    calls.close();
  }

  /** @return Odeo create disbursement, SDK */
  @Benchmark
  public Object odeoCreate_sdk() {
    return calls.odeoCreateSdk();
  }

  /** @return Odeo create disbursement, raw */
  @Benchmark
  public Object odeoCreate_raw() {
    return calls.odeoCreateRaw();
  }

  /** @return Odeo get disbursement, SDK */
  @Benchmark
  public Object odeoRead_sdk() {
    return calls.odeoReadSdk();
  }

  /** @return Odeo get disbursement, raw */
  @Benchmark
  public Object odeoRead_raw() {
    return calls.odeoReadRaw();
  }

  /** @return OdeonPay charge, SDK */
  @Benchmark
  public Object odeonPayCharge_sdk() {
    return calls.odeonPayChargeSdk();
  }

  /** @return OdeonPay charge, raw */
  @Benchmark
  public Object odeonPayCharge_raw() {
    return calls.odeonPayChargeRaw();
  }

  /** @return OdeonPay status, SDK */
  @Benchmark
  public Object odeonPayRead_sdk() {
    return calls.odeonPayReadSdk();
  }

  /** @return OdeonPay status, raw */
  @Benchmark
  public Object odeonPayRead_raw() {
    return calls.odeonPayReadRaw();
  }

  /** @return OY remit, SDK */
  @Benchmark
  public Object oyRemit_sdk() {
    return calls.oyRemitSdk();
  }

  /** @return OY remit, raw */
  @Benchmark
  public Object oyRemit_raw() {
    return calls.oyRemitRaw();
  }

  /** @return OY remit status, SDK */
  @Benchmark
  public Object oyRead_sdk() {
    return calls.oyReadSdk();
  }

  /** @return OY remit status, raw */
  @Benchmark
  public Object oyRead_raw() {
    return calls.oyReadRaw();
  }

  /** @return Odero card payment, SDK */
  @Benchmark
  public Object oderoCreate_sdk() {
    return calls.oderoCreateSdk();
  }

  /** @return Odero card payment, raw */
  @Benchmark
  public Object oderoCreate_raw() {
    return calls.oderoCreateRaw();
  }

  /** @return Odero retrieve payment, SDK */
  @Benchmark
  public Object oderoRead_sdk() {
    return calls.oderoReadSdk();
  }

  /** @return Odero retrieve payment, raw */
  @Benchmark
  public Object oderoRead_raw() {
    return calls.oderoReadRaw();
  }

  /** @return MoMo transfer, SDK */
  @Benchmark
  public Object momoTransfer_sdk() {
    return calls.momoTransferSdk();
  }

  /** @return MoMo transfer, raw */
  @Benchmark
  public Object momoTransfer_raw() {
    return calls.momoTransferRaw();
  }

  /** @return MoMo transfer status, SDK */
  @Benchmark
  public Object momoRead_sdk() {
    return calls.momoReadSdk();
  }

  /** @return MoMo transfer status, raw */
  @Benchmark
  public Object momoRead_raw() {
    return calls.momoReadRaw();
  }
}
