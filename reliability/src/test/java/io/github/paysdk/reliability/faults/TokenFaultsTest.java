package io.github.paysdk.reliability.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.paysdk.core.error.MalformedResponseException;
import io.github.paysdk.core.error.PaySdkException;
import io.github.paysdk.testing.Fault;
import io.github.paysdk.testing.RecordedCall;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Faults on the access-token request that a money-moving call of a token provider (Odeo, MoMo) makes
 * first: the money request is sent once the token arrives, and not at all when no usable token does; the
 * user gets a typed exception whose outcome is known.
 */
class TokenFaultsTest {

  static Stream<Arguments> tokenProvidersTimesTokenFaults() {
    List<CallUnderTest<?, ?>> calls = List.of(OdeoCalls.createDisbursement(), MomoCalls.transfer());
    return calls.stream().flatMap(call -> Stream.of(TokenFault.values()).map(f -> Arguments.of(call, f)));
  }

  /** What goes wrong with the token request, and whether the money call can still go through. */
  enum TokenFault {
    GATEWAY_ERROR_ONCE(true) {
      @Override
      Fault fault() {
        return Faults.htmlStatus(503);
      }
    },
    RESET_ONCE(true) {
      @Override
      Fault fault() {
        return Fault.disconnectAfterProcessing();
      }
    },
    MALFORMED_JSON(false) {
      @Override
      Fault fault() {
        return Faults.body200("malformed token", "application/json", normal -> "{\"access_token\": ");
      }
    },
    NO_ACCESS_TOKEN(false) {
      @Override
      Fault fault() {
        return Faults.changedJson("no access_token", body -> body.putNull("access_token"));
      }
    },
    ABSURD_EXPIRES_IN(true) {
      @Override
      Fault fault() {
        return Faults.changedJson("absurd expires_in", body -> body.put("expires_in", Long.MAX_VALUE));
      }
    };

    private final boolean moneyCallGoesThrough;

    TokenFault(boolean moneyCallGoesThrough) {
      this.moneyCallGoesThrough = moneyCallGoesThrough;
    }

    abstract Fault fault();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("tokenProvidersTimesTokenFaults")
  void aTokenFaultNeverSendsTheMoneyRequestTwiceAndSurfacesTyped(CallUnderTest<?, ?> call, TokenFault fault)
      throws Exception {
    ClientSettings settings = ClientSettings.standard();
    try (CallUnderTest<?, ?>.Cell cell = call.open(Scenario.WRONG_CONTENT_TYPE, settings)) {
      cell.prepareCold();
      String key = call.newKey();
      int before = cell.simulator().calls().size();
      cell.simulator().enqueueFault(fault.fault());

      Throwable thrown = catchThrowable(() -> cell.invoke(key));

      List<RecordedCall> calls = cell.simulator().calls();
      List<RecordedCall> sent = calls.subList(before, calls.size());
      assertThat(sent.get(0).path()).as("the fault hit the token request").contains("token");
      long moneyAttempts = sent.stream().filter(call::isAttempt).count();
      if (fault.moneyCallGoesThrough) {
        assertThat(thrown).as("thrown").isNull();
        assertThat(moneyAttempts).isEqualTo(1);
        assertThat(cell.moneyMoved(key)).isEqualTo(1);
      } else {
        assertThat(thrown).isInstanceOf(MalformedResponseException.class);
        assertThat(((PaySdkException) thrown).isOutcomeUnknown()).as("outcome unknown").isFalse();
        assertThat(moneyAttempts).isZero();
        assertThat(cell.moneyMoved(key)).isZero();
      }
    }
  }
}
