package io.github.paysdk.reliability.faults;

import io.github.paysdk.core.error.ApiConnectionException;
import io.github.paysdk.core.error.ApiException;
import io.github.paysdk.core.error.ApiTimeoutException;
import io.github.paysdk.core.error.PaySdkException;
import io.github.paysdk.core.error.RateLimitException;
import io.github.paysdk.testing.RecordedCall;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The fault matrix: for one read and one money-moving call of each provider, every {@link Scenario},
 * asserting what the user gets (a typed exception with status, request id, cause and, for money, the
 * outcome and the key to look it up by; or success after the fault clears) and how many attempts reached
 * the provider. Prints the matrix as it runs and in full at the end.
 */
class FaultMatrixTest {
  private static final MatrixReport REPORT = new MatrixReport();

  static List<CallUnderTest<?, ?>> calls() {
    return List.of(
        OdeoCalls.getDisbursementByReferenceId(), OdeoCalls.createDisbursement(),
        OdeonPayCalls.status(), OdeonPayCalls.charge(), OdeonPayCalls.chargeWithDuplicateProtection(),
        OyCalls.remitStatus(), OyCalls.remit(),
        OderoCalls.retrievePayment(), OderoCalls.createPayment(),
        MomoCalls.transferStatus(), MomoCalls.transfer());
  }

  @TestFactory
  Stream<DynamicContainer> everyProviderCallUnderEveryFault() {
    List<CallUnderTest<?, ?>> calls = calls();
    Map<String, CompletableFuture<CellRun>> clockBound = startClockBoundCells(calls);
    return calls.stream().map(call -> DynamicContainer.dynamicContainer(
        call + " (" + call.kind() + ")",
        Stream.of(Scenario.values()).map(scenario -> DynamicTest.dynamicTest(scenario.toString(), () -> {
          CompletableFuture<CellRun> started = clockBound.get(call + "|" + scenario);
          verifyAndRecord(call, scenario, started != null ? started.join() : CellRun.of(call, scenario));
        }))));
  }

  @AfterAll
  static void printMatrix() {
    REPORT.publish();
  }

  /**
   * Cells that mostly wait for a timeout run four at a time in the background while the others run, so
   * the matrix takes seconds, not a minute. Each cell has its own simulator and clients.
   */
  private static Map<String, CompletableFuture<CellRun>> startClockBoundCells(
      List<CallUnderTest<?, ?>> calls) {
    ExecutorService pool = Executors.newFixedThreadPool(4, runnable -> {
      Thread thread = new Thread(runnable, "fault-matrix-clock-bound");
      thread.setDaemon(true);
      return thread;
    });
    Map<String, CompletableFuture<CellRun>> started = new HashMap<>();
    for (CallUnderTest<?, ?> call : calls) {
      for (Scenario scenario : Scenario.values()) {
        if (scenario.waitsOnTheClock()) {
          started.put(call + "|" + scenario,
              CompletableFuture.supplyAsync(() -> CellRun.of(call, scenario), pool));
        }
      }
    }
    pool.shutdown();
    return started;
  }

  /**
   * Everything one cell observed.
   *
   * @param expected what the user should get
   * @param result what the call returned, or null
   * @param thrown what it threw, or null
   * @param attempts its attempts that reached the simulator
   * @param waits the waits between attempts
   * @param key the key the call used (money) or read
   * @param moneyMoved how often the simulator moved money for the key
   * @param secrets the credentials and card numbers of the call
   */
  record CellRun(Expected expected, Object result, Throwable thrown, List<RecordedCall> attempts,
      List<Duration> waits, String key, int moneyMoved, List<String> secrets) {

    static CellRun of(CallUnderTest<?, ?> call, Scenario scenario) {
      try {
        return run(call, scenario);
      } catch (Exception e) {
        throw new IllegalStateException("Cell " + call + " / " + scenario + " could not run", e);
      }
    }

    private static CellRun run(CallUnderTest<?, ?> call, Scenario scenario) throws Exception {
      ClientSettings settings = scenario.settings();
      try (CallUnderTest<?, ?>.Cell cell = call.open(scenario, settings)) {
        String prepared = cell.prepare();
        String key = call.kind().movesMoney() ? call.newKey() : prepared;
        int callsBefore = cell.simulator().calls().size();
        int waitsBefore = settings.sleeper().waits().size();
        scenario.inject(cell.simulator(), call);
        Object result = null;
        Throwable thrown = null;
        try {
          result = cell.invoke(key);
        } catch (Throwable t) {
          thrown = t;
        }
        List<RecordedCall> all = cell.simulator().calls();
        List<Duration> allWaits = settings.sleeper().waits();
        return new CellRun(call.expected(scenario), result, thrown,
            all.subList(callsBefore, all.size()).stream().filter(call::isAttempt).toList(),
            List.copyOf(allWaits.subList(waitsBefore, allWaits.size())), key,
            call.kind().movesMoney() ? cell.moneyMoved(key) : 0, cell.secrets());
      }
    }
  }

  private static void verifyAndRecord(CallUnderTest<?, ?> call, Scenario scenario, CellRun run) {
    SoftAssertions softly = new SoftAssertions();
    String outcome = verify(call, scenario, run.expected(), run.result(), run.thrown(), run.attempts(),
        run.waits(), run.key(), softly);
    if (call.kind().movesMoney()) {
      verifyMoneyMovedAtMostOnce(run.thrown(), run.moneyMoved(), softly);
    }
    verifyNoSecretIn(run.thrown(), run.result(), run.secrets(), softly);
    boolean ok = softly.errorsCollected().isEmpty();
    REPORT.record(call, scenario, outcome, ok);
    softly.assertAll();
  }

  private static String verify(CallUnderTest<?, ?> call, Scenario scenario, Expected expected, Object result,
      Throwable thrown, List<RecordedCall> attempts, List<Duration> waits, String key,
      SoftAssertions softly) {
    String outcome = describe(call, result, thrown, attempts, waits);
    if (call.kind().movesMoney()) {
      for (RecordedCall attempt : attempts) {
        softly.assertThat(call.keyOf(attempt)).as("key carried by every attempt").isEqualTo(key);
      }
    }
    if (expected instanceof Expected.Succeeds success) {
      softly.assertThat(thrown).as("thrown").isNull();
      softly.assertThat(result).as("result").isNotNull();
      softly.assertThat(attempts).as("attempts reaching the provider")
          .hasSizeBetween(success.attempts(), success.maxAttempts());
      Duration waited = waits.stream().reduce(Duration.ZERO, Duration::plus);
      if (success.minWait() != null) {
        softly.assertThat(waited).as("waited (Retry-After)").isBetween(success.minWait(), success.maxWait());
      }
      if (scenario == Scenario.UNKNOWN_VALUES && call.readsSuccessBody()) {
        softly.assertThat(call.toleratedUnknown(result)).as("unknown enum value read as UNKNOWN").isTrue();
      }
      return outcome;
    }
    Expected.Fails failure = (Expected.Fails) expected;
    softly.assertThat(thrown).as("thrown").isInstanceOf(failure.type());
    if (failure.type() == ApiConnectionException.class) {
      softly.assertThat(thrown).as("thrown").isNotInstanceOf(ApiTimeoutException.class);
    }
    softly.assertThat(attempts).as("attempts reaching the provider")
        .hasSizeBetween(failure.attempts(), failure.maxAttempts());
    if (!(thrown instanceof PaySdkException sdk)) {
      return outcome;
    }
    softly.assertThat(sdk.getMessage()).as("message").isNotBlank();
    softly.assertThat(sdk.isOutcomeUnknown()).as("isOutcomeUnknown").isEqualTo(failure.outcomeUnknown());
    if (failure.outcomeUnknown()) {
      softly.assertThat(sdk.lookupKey()).as("lookupKey").isEqualTo(key);
    }
    if (failure.httpStatus() != 0) {
      softly.assertThat(sdk).isInstanceOf(ApiException.class);
      if (sdk instanceof ApiException api) {
        softly.assertThat(api.httpStatus()).as("httpStatus").isEqualTo(failure.httpStatus());
        boolean answeredByFault = !attempts.isEmpty() && attempts.get(attempts.size() - 1).fault() != null;
        if (answeredByFault) {
          softly.assertThat(api.requestId()).as("requestId").isEqualTo(Faults.REQUEST_ID);
        }
        softly.assertThat(api.providerCode()).as("providerCode")
            .isEqualTo(call.expectedProviderCode(scenario));
        if (scenario == Scenario.PROVIDER_ERROR_500) {
          softly.assertThat(api.providerMessage()).as("providerMessage")
              .isEqualTo(call.providerError().message());
        }
      }
    }
    if (sdk instanceof RateLimitException limited) {
      softly.assertThat(limited.retryAfter()).as("retryAfter").isNotNull();
    }
    if (failure.cause() != null) {
      softly.assertThat(causes(sdk)).as("cause chain").anyMatch(failure.cause()::isInstance);
    }
    softly.assertThat(causes(sdk)).as("cause chain").noneMatch(NullPointerException.class::isInstance);
    return outcome;
  }

  /** Once on success, never after a failure whose outcome is known, and never twice. */
  private static void verifyMoneyMovedAtMostOnce(Throwable thrown, int moneyMoved, SoftAssertions softly) {
    String what = "money movements at the provider";
    if (thrown == null) {
      softly.assertThat(moneyMoved).as(what).isEqualTo(1);
    } else if (thrown instanceof PaySdkException sdk && !sdk.isOutcomeUnknown()) {
      softly.assertThat(moneyMoved).as(what + " after a known failure").isZero();
    } else {
      softly.assertThat(moneyMoved).as(what + " after an unknown outcome").isLessThanOrEqualTo(1);
    }
  }

  /** No credential or full card number in the exception chain's messages or the result's toString(). */
  private static void verifyNoSecretIn(
      Throwable thrown, Object result, List<String> secrets, SoftAssertions softly) {
    StringBuilder shown = new StringBuilder(String.valueOf(result));
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      shown.append('\n').append(t);
    }
    for (String secret : secrets) {
      if (shown.indexOf(secret) >= 0) {
        softly.fail("a credential or card number (" + secret.length() + " characters) appears in what"
            + " the user gets");
      }
    }
  }

  private static List<Throwable> causes(Throwable thrown) {
    java.util.ArrayList<Throwable> chain = new java.util.ArrayList<>();
    for (Throwable t = thrown.getCause(); t != null && !chain.contains(t); t = t.getCause()) {
      chain.add(t);
    }
    return chain;
  }

  private static String describe(CallUnderTest<?, ?> call, Object result, Throwable thrown,
      List<RecordedCall> attempts, List<Duration> waits) {
    String sent = " ×" + attempts.size();
    if (thrown == null) {
      Duration waited = waits.stream().reduce(Duration.ZERO, Duration::plus);
      String retried = attempts.size() > 1
          ? " after retry" + (waited.toMillis() >= 1000 ? " (waited " + waited.toSeconds() + " s)" : "")
          : "";
      String tolerant = call.toleratedUnknown(result) ? ", UNKNOWN kept" : "";
      return "ok" + retried + tolerant + sent;
    }
    StringBuilder text = new StringBuilder(thrown.getClass().getSimpleName().replace("Exception", ""));
    if (thrown instanceof ApiException api) {
      text.append(' ').append(api.httpStatus());
    }
    if (thrown instanceof PaySdkException sdk && sdk.isOutcomeUnknown()) {
      text.append(", unknown→key");
    }
    return text.append(sent).toString();
  }
}
