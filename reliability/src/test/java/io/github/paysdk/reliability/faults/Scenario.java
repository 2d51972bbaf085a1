package io.github.paysdk.reliability.faults;

import static io.github.paysdk.reliability.faults.CallKind.READ;

import io.github.paysdk.core.json.JsonFailure;
import io.github.paysdk.core.error.ApiConnectionException;
import io.github.paysdk.core.error.ApiException;
import io.github.paysdk.core.error.ApiTimeoutException;
import io.github.paysdk.core.error.AuthenticationException;
import io.github.paysdk.core.error.MalformedResponseException;
import io.github.paysdk.core.error.RateLimitException;
import io.github.paysdk.core.error.ServerException;
import io.github.paysdk.testing.Fault;
import io.github.paysdk.testing.SimulatorServer;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * The faults of the matrix, each with the client settings it needs, how it is served, and what the user
 * of a read, a deduplicated money-moving call and a sent-once money-moving call gets.
 *
 * <p>"Processed" faults let the simulator act on the request first (the provider moved the money, the
 * answer went wrong); the others reject the request untouched. Transient faults are served to the first
 * attempt only, so a retried call then succeeds.
 */
enum Scenario {
  CONNECTION_REFUSED("connection refused") {
    @Override
    Expected expected(CallKind kind) {
      return new Expected.Fails(ApiConnectionException.class, 0, false, 0, ConnectException.class);
    }
  },
  RESET_BEFORE_RESPONSE("reset before any response (processed)") {
    @Override
    void inject(SimulatorServer simulator, CallUnderTest<?, ?> call) {
      simulator.enqueueFault(Fault.disconnectAfterProcessing());
    }

    @Override
    Expected expected(CallKind kind) {
      return kind.retriedAfterSending() ? Expected.Succeeds.at(2)
          : new Expected.Fails(ApiConnectionException.class, 0, true, 1, IOException.class);
    }
  },
  RESET_MID_BODY("reset mid-body (processed)") {
    @Override
    void inject(SimulatorServer simulator, CallUnderTest<?, ?> call) {
      simulator.enqueueFault(Fault.resetMidBody());
    }

    @Override
    Expected expected(CallKind kind) {
      return RESET_BEFORE_RESPONSE.expected(kind);
    }
  },
  READ_TIMEOUT("read timeout (processed)") {
    @Override
    ClientSettings settings() {
      return ClientSettings.standard().withReadTimeout(Duration.ofMillis(750));
    }

    @Override
    void inject(SimulatorServer simulator, CallUnderTest<?, ?> call) {
      simulator.enqueueFault(Faults.delay(Duration.ofMillis(2500)));
    }

    @Override
    Expected expected(CallKind kind) {
      return kind.retriedAfterSending() ? Expected.Succeeds.between(2, 3)
          : new Expected.Fails(ApiTimeoutException.class, 0, true, 1, SocketTimeoutException.class);
    }
  },
  DEADLINE_EXCEEDED("total deadline exceeded") {
    @Override
    ClientSettings settings() {
      return ClientSettings.standard().withCallTimeout(Duration.ofSeconds(1));
    }

    @Override
    void inject(SimulatorServer simulator, CallUnderTest<?, ?> call) {
      simulator.enqueueFault(Faults.delay(Duration.ofMillis(2500)), 3);
    }

    @Override
    Expected expected(CallKind kind) {
      return new Expected.Fails(
          ApiTimeoutException.class, 0, kind.movesMoney(), 1, InterruptedIOException.class);
    }
  },
  HTTP_500("500, HTML body") {
    @Override
    void inject(SimulatorServer simulator, CallUnderTest<?, ?> call) {
      simulator.enqueueFault(Faults.htmlStatus(500));
    }

    @Override
    Expected expected(CallKind kind) {
      return new Expected.Fails(ServerException.class, 500, kind.movesMoney(), 1, null);
    }
  },
  HTTP_502("502, HTML body") {
    @Override
    void inject(SimulatorServer simulator, CallUnderTest<?, ?> call) {
      simulator.enqueueFault(Faults.htmlStatus(502));
    }

    @Override
    Expected expected(CallKind kind) {
      return gatewayError(kind, 502);
    }
  },
  HTTP_503("503, HTML body") {
    @Override
    void inject(SimulatorServer simulator, CallUnderTest<?, ?> call) {
      simulator.enqueueFault(Faults.htmlStatus(503));
    }

    @Override
    Expected expected(CallKind kind) {
      return gatewayError(kind, 503);
    }
  },
  HTTP_504("504, HTML body") {
    @Override
    void inject(SimulatorServer simulator, CallUnderTest<?, ?> call) {
      simulator.enqueueFault(Faults.htmlStatus(504));
    }

    @Override
    Expected expected(CallKind kind) {
      return gatewayError(kind, 504);
    }
  },
  PROVIDER_ERROR_500("500, the provider's own error JSON") {
    @Override
    void inject(SimulatorServer simulator, CallUnderTest<?, ?> call) {
      simulator.enqueueFault(Faults.json(500, call.providerError().body()));
    }

    @Override
    Expected expected(CallKind kind) {
      return new Expected.Fails(ApiException.class, 500, kind.movesMoney(), 1, null);
    }
  },
  UNAUTHORIZED_ONCE("401 once (credentials or token rejected)") {
    @Override
    void inject(SimulatorServer simulator, CallUnderTest<?, ?> call) {
      simulator.enqueueFault(Faults.json(401, "{\"message\":\"Access token expired\"}"));
    }

    @Override
    Expected expected(CallKind kind) {
      return new Expected.Fails(AuthenticationException.class, 401, false, 1, null);
    }
  },
  RATE_LIMITED_SECONDS("429, Retry-After: 1") {
    @Override
    void inject(SimulatorServer simulator, CallUnderTest<?, ?> call) {
      simulator.enqueueFault(Faults.rateLimited("1"));
    }

    @Override
    Expected expected(CallKind kind) {
      return kind.retriedAfterSending()
          ? Expected.Succeeds.afterWaiting(Duration.ofSeconds(1), Duration.ofSeconds(1))
          : new Expected.Fails(RateLimitException.class, 429, false, 1, null);
    }
  },
  RATE_LIMITED_DATE("429, Retry-After: HTTP date") {
    @Override
    void inject(SimulatorServer simulator, CallUnderTest<?, ?> call) {
      ZonedDateTime at = ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(5).truncatedTo(ChronoUnit.SECONDS);
      simulator.enqueueFault(Faults.rateLimited(
          DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT).format(at)));
    }

    @Override
    Expected expected(CallKind kind) {
      return kind.retriedAfterSending()
          // 4 to 5 s, depending on where in the second the date was made; a backoff would be under 1 s
          ? Expected.Succeeds.afterWaiting(Duration.ofSeconds(2), Duration.ofSeconds(5))
          : new Expected.Fails(RateLimitException.class, 429, false, 1, null);
    }
  },
  MALFORMED_JSON("malformed JSON (processed)") {
    @Override
    void inject(SimulatorServer simulator, CallUnderTest<?, ?> call) {
      simulator.enqueueFault(Faults.body200("malformed JSON", "application/json",
          normal -> "{\"status\": <b>oops</b>, }"));
    }

    @Override
    Expected expected(CallKind kind) {
      return unreadable(kind, JsonFailure.class);
    }
  },
  TRUNCATED_JSON("truncated JSON (processed)") {
    @Override
    void inject(SimulatorServer simulator, CallUnderTest<?, ?> call) {
      simulator.enqueueFault(Faults.body200("truncated JSON", "application/json",
          normal -> normal.isEmpty() ? "{\"da" : normal.substring(0, normal.length() / 2)));
    }

    @Override
    Expected expected(CallKind kind) {
      return unreadable(kind, JsonFailure.class);
    }
  },
  EMPTY_BODY("empty body on 200 (processed)") {
    @Override
    void inject(SimulatorServer simulator, CallUnderTest<?, ?> call) {
      simulator.enqueueFault(Faults.body200("empty body", "application/json", normal -> ""));
    }

    @Override
    Expected expected(CallKind kind) {
      return unreadable(kind, null);
    }
  },
  WRONG_CONTENT_TYPE("wrong content type (text/plain)") {
    @Override
    void inject(SimulatorServer simulator, CallUnderTest<?, ?> call) {
      simulator.enqueueFault(Faults.contentType("text/plain; charset=ISO-8859-1"));
    }

    @Override
    Expected expected(CallKind kind) {
      return Expected.Succeeds.at(1);
    }
  },
  UNKNOWN_VALUES("unknown enum value + unknown fields") {
    @Override
    void inject(SimulatorServer simulator, CallUnderTest<?, ?> call) {
      simulator.enqueueFault(Faults.changedJson("unknown values", body -> {
        call.putUnknownEnumValue(body);
        body.putObject("paysdk_field_from_the_future").put("nested", true).putArray("list").add(1);
        body.put("anotherNewField", "x");
        return body;
      }));
    }

    @Override
    Expected expected(CallKind kind) {
      return Expected.Succeeds.at(1);
    }
  },
  NULL_OBJECT("null where an object is expected") {
    @Override
    void inject(SimulatorServer simulator, CallUnderTest<?, ?> call) {
      simulator.enqueueFault(Faults.changedJson("null object", call::withNullObject));
    }

    @Override
    Expected expected(CallKind kind) {
      return unreadable(kind, null);
    }
  },
  HUGE_BODY("20 MB body (limit 1 MiB)") {
    @Override
    void inject(SimulatorServer simulator, CallUnderTest<?, ?> call) {
      simulator.enqueueFault(Faults.twentyMegabytes());
    }

    @Override
    Expected expected(CallKind kind) {
      return unreadable(kind, null);
    }
  };

  private final String label;

  Scenario(String label) {
    this.label = label;
  }

  /** @return whether the cell mostly waits for a timeout (so it may run alongside others) */
  boolean waitsOnTheClock() {
    return this == READ_TIMEOUT || this == DEADLINE_EXCEEDED;
  }

  /** @return the client settings of this scenario */
  ClientSettings settings() {
    return ClientSettings.standard();
  }

  /**
   * Queues the fault on the simulator, after set-up and before the call.
   *
   * @param simulator the simulator
   * @param call the call about to be made
   */
  void inject(SimulatorServer simulator, CallUnderTest<?, ?> call) {}

  /**
   * @param kind what the call does to money
   * @return what its user gets
   */
  abstract Expected expected(CallKind kind);

  private static Expected gatewayError(CallKind kind, int status) {
    return kind.retriedAfterSending() ? Expected.Succeeds.at(2)
        : new Expected.Fails(ServerException.class, status, true, 1, null);
  }

  private static Expected unreadable(CallKind kind, Class<? extends Throwable> cause) {
    return new Expected.Fails(MalformedResponseException.class, 200, kind != READ, 1, cause);
  }

  @Override
  public String toString() {
    return label;
  }
}
