package io.github.paysdk.reliability.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paysdk.core.error.PaySdkException;
import io.github.paysdk.testing.Fault;
import io.github.paysdk.testing.SimulatorServer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One provider's audit: runs calls, feeds what they return or throw into a {@link LeakAudit}, and serves
 * the standard faults (5xx HTML, disconnect, malformed and truncated JSON, 401) to chosen calls.
 */
final class AuditRun {
  /** A token that appears in a malformed response: it must not reach any exception message. */
  static final String LEAKED_TOKEN = "leaked_token_9f8e7d6c";
  /** A card number that appears where the response has no place for it. */
  static final String LEAKED_CARD = "4111111111111111";

  /** The faults every audited call is run under; each is served to enough attempts to exhaust retries. */
  static final Map<String, Fault> FAULTS = new LinkedHashMap<>();

  static {
    FAULTS.put("HTTP 500 HTML", Fault.status(500));
    FAULTS.put("HTTP 503 HTML", Fault.status(503));
    FAULTS.put("disconnect", Fault.disconnect());
    FAULTS.put("malformed JSON", Fault.response(200, "application/json", "{\"data\": [1, 2,, oops"));
    FAULTS.put("truncated JSON", Fault.truncatedJson());
    FAULTS.put("malformed JSON holding a token", Fault.response(200, "application/json",
        "{\"data\": {\"access_token\": " + LEAKED_TOKEN + "}}"));
    FAULTS.put("card number where an object belongs", Fault.response(200, "application/json",
        "\"" + LEAKED_CARD + "\""));
    FAULTS.put("card number in a numeric field", Fault.response(200, "application/json",
        "{\"data\": {\"id\": \"" + LEAKED_CARD + "x\", \"amount\": \"" + LEAKED_CARD + "x\", \"status\": "
            + "{\"x\": 1}, \"code\": {\"x\": \"" + LEAKED_CARD + "\"}}}"));
    FAULTS.put("HTTP 401", Fault.response(401, "application/json",
        "{\"message\":\"Unauthorized\",\"error\":\"invalid_token\"}"));
  }

  /**
   * A credential the provider echoes back in its error message (as some APIs do with a rejected key); it
   * must be one the audited call sends. Empty for none.
   */
  String echoed = "";
  final LeakAudit audit = new LeakAudit()
      .secret("token in a malformed response", LEAKED_TOKEN).card(LEAKED_CARD);
  private int exceptions;

  /**
   * Runs a call that must succeed and audits what it returned.
   *
   * @param where a name for the call
   * @param call the call
   * @param <T> what it returns
   * @return what it returned
   */
  <T> T ok(String where, Supplier<T> call) {
    T result = call.get();
    audit.objects(where + " response", result);
    return result;
  }

  /**
   * Runs a call that may succeed or fail with a paysdk exception (never a raw one); audits either.
   *
   * @param where a name for the call
   * @param call the call
   */
  void either(String where, Supplier<?> call) {
    try {
      audit.objects(where + " response", call.get());
    } catch (PaySdkException e) {
      exceptions++;
      audit.exception(where, e);
    }
  }

  /**
   * Runs a call that must fail with a paysdk exception (never a raw one) and audits the exception.
   *
   * @param where a name for the call
   * @param call the call
   */
  void fails(String where, Runnable call) {
    try {
      call.run();
    } catch (PaySdkException e) {
      exceptions++;
      audit.exception(where, e);
      return;
    }
    throw new AssertionError(where + " should have failed");
  }

  /**
   * Runs the call once under each standard fault; a call may still succeed (a retry or token refresh can
   * outlast the fault), otherwise it must throw a paysdk exception, which is audited.
   *
   * @param where a name for the call
   * @param simulator the simulator to serve the faults
   * @param warmUp a call that succeeds first, so the fault hits {@code call} and not a token request
   * @param call the call
   */
  void underFaults(String where, SimulatorServer simulator, Runnable warmUp, Supplier<?> call) {
    Map<String, Fault> faults = new LinkedHashMap<>(FAULTS);
    faults.put("HTTP 400 echoing card data and the sent credential", echoFault());
    faults.forEach((name, fault) -> {
      simulator.clearFaults();
      warmUp.run();
      simulator.enqueueFault(fault, 4);
      try {
        audit.objects(where + " under " + name + " response", call.get());
      } catch (PaySdkException e) {
        exceptions++;
        audit.exception(where + " under " + name, e);
      } finally {
        simulator.clearFaults();
      }
    });
  }

  private Fault echoFault() {
    String echo = "Card " + LEAKED_CARD + " declined for " + echoed;
    return Fault.response(400, "application/json",
        "{\"message\": \"" + echo + "\", \"errorMessage\": \"" + echo + "\", \"error\": {\"message\": \""
            + echo + "\", \"errorDescription\": \"" + echo + "\"}, \"status\": {\"code\": \"201\", \"message\": \""
            + echo + "\"}, \"errors\": {\"errorCode\": \"10\", \"errorDescription\": \"" + echo + "\"},"
            + " \"reason\": \"" + echo + "\", \"description\": \"" + echo + "\", \"code\": \"5\","
            + " \"success\": false, \"result\": {\"status\": \"error\", \"message\": \"" + echo + "\"}}");
  }

  /**
   * Prints and checks the audit (see {@link SecretsSupport#assertNoLeak}); at least one exception must
   * have been audited.
   *
   * @param name the provider
   * @param expectedTrace a text one of the SDK's TRACE lines must contain
   */
  void assertNoLeak(String name, String expectedTrace) {
    assertThat(exceptions).as("exceptions audited").isGreaterThanOrEqualTo(FAULTS.size());
    SecretsSupport.assertNoLeak(name + " (" + exceptions + " exceptions)", audit, null, expectedTrace);
  }
}
