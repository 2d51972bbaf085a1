package io.github.paysdk.momo.model;

import io.github.paysdk.core.error.ApiConnectionException;
import io.github.paysdk.core.error.NotFoundException;
import io.github.paysdk.core.error.PaySdkException;
import io.github.paysdk.core.error.ServerException;
import io.github.paysdk.core.retry.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Waits for a MoMo transaction to reach a final status (SUCCESSFUL or FAILED) by polling its status
 * endpoint with exponential backoff until a deadline. A 404 is read as "not visible yet" (MTN may answer
 * it right after the 202), and connection failures and 5xx answers (already retried by the transport)
 * as "try again at the next poll". Uses the client's clock and sleeper, so tests run without real waits.
 */
public final class StatusPoller {
  private final Clock clock;
  private final Sleeper sleeper;
  private final Duration initialInterval;
  private final Duration maxInterval;

  /**
   * @param clock measures the deadline
   * @param sleeper waits between polls
   * @param initialInterval the first wait
   * @param maxInterval the longest wait
   */
  public StatusPoller(Clock clock, Sleeper sleeper, Duration initialInterval, Duration maxInterval) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.initialInterval = positive(initialInterval, "initialInterval");
    this.maxInterval = positive(maxInterval, "maxInterval");
  }

  /**
   * @param initial the first wait
   * @param max the longest wait
   * @return a poller with this backoff and the same clock and sleeper
   */
  public StatusPoller withBackoff(Duration initial, Duration max) {
    return new StatusPoller(clock, sleeper, initial, max);
  }

  /**
   * Polls until the result is final or the timeout has passed.
   *
   * @param statusCall the status query, e.g. {@code () -> momo.collection().requestToPayStatus(id)}
   * @param timeout how long to keep polling
   * @param <T> the result type
   * @return the final result, or the last (not final) one if the timeout passed first; check
   *     {@link StatusResult#isFinal()}
   * @throws NotFoundException if the transaction never became visible before the timeout (or the last
   *     connection failure or server error, if no query ever succeeded)
   * @throws PaySdkException for any other failure of the status call (e.g. authentication), or if
   *     interrupted
   */
  public <T extends StatusResult> T awaitFinal(Supplier<T> statusCall, Duration timeout) {
    Objects.requireNonNull(statusCall, "statusCall");
    Instant deadline = clock.instant().plus(positive(timeout, "timeout"));
    Duration wait = initialInterval;
    T last = null;
    PaySdkException lastError = null;
    while (true) {
      try {
        last = statusCall.get();
        if (last.isFinal()) {
          return last;
        }
      } catch (NotFoundException | ApiConnectionException | ServerException e) {
        // Not visible yet, or a transient failure the transport already retried: poll again later.
        lastError = e;
      }
      Instant now = clock.instant();
      if (!now.isBefore(deadline)) {
        if (last == null) {
          throw lastError;
        }
        return last;
      }
      Duration left = Duration.between(now, deadline);
      try {
        sleeper.sleep(wait.compareTo(left) < 0 ? wait : left);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new PaySdkException("Interrupted while waiting for a final MoMo status", e);
      }
      Duration doubled = wait.multipliedBy(2);
      wait = doubled.compareTo(maxInterval) < 0 ? doubled : maxInterval;
    }
  }

  private static Duration positive(Duration value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive");
    }
    return value;
  }
}
