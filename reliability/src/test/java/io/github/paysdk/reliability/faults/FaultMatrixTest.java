package io.github.paysdk.reliability.faults;

import io.github.paysdk.core.error.ApiConnectionException;
import io.github.paysdk.core.error.ApiException;
import io.github.paysdk.core.error.ApiTimeoutException;
import io.github.paysdk.core.error.PaySdkException;
import io.github.paysdk.core.error.RateLimitException;
import io.github.paysdk.testing.RecordedCall;
import java.time.Duration;
import java.util.List;
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
    return calls().stream().map(call -> DynamicContainer.dynamicContainer(
        call + " (" + call.kind() + ")",
        Stream.of(Scenario.values()).map(scenario ->
            DynamicTest.dynamicTest(scenario.toString(), () -> run(call, scenario)))));
  }

  @AfterAll
  static void printMatrix() {
    REPORT.publish();
  }

  private static void run(CallUnderTest<?, ?> call, Scenario scenario) throws Exception {
    Expected expected = call.expected(scenario);
    ClientSettings settings = scenario.settings();
    Object result = null;
    Throwable thrown = null;
    List<RecordedCall> attempts;
    List<Duration> waits;
    String key;
    int moneyMoved;
    List<String> secrets;
    try (CallUnderTest<?, ?>.Cell cell = call.open(scenario, settings)) {
      String prepared = cell.prepare();
      key = call.kind().movesMoney() ? call.newKey() : prepared;
      int callsBefore = cell.simulator().calls().size();
      int waitsBefore = settings.sleeper().waits().size();
      scenario.inject(cell.simulator(), call);
      try {
        result = cell.invoke(key);
      } catch (Throwable t) {
        thrown = t;
      }
      List<RecordedCall> all = cell.simulator().calls();
      attempts = all.subList(callsBefore, all.size()).stream().filter(call::isAttempt).toList();
      List<Duration> allWaits = settings.sleeper().waits();
      waits = allWaits.subList(waitsBefore, allWaits.size());
      moneyMoved = call.kind().movesMoney() ? cell.moneyMoved(key) : 0;
      secrets = cell.secrets();
    }
    SoftAssertions softly = new SoftAssertions();
    String outcome = verify(call, scenario, expected, result, thrown, attempts, waits, key, softly);
    if (call.kind().movesMoney()) {
      verifyMoneyMovedAtMostOnce(thrown, moneyMoved, softly);
    }
    verifyNoSecretIn(thrown, result, secrets, softly);
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
      softly.assertThat(attempts).as("attempts reaching the provider").hasSize(success.attempts());
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
    softly.assertThat(attempts).as("attempts reaching the provider").hasSize(failure.attempts());
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
