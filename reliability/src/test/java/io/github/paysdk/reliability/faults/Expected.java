package io.github.paysdk.reliability.faults;

import io.github.paysdk.core.error.PaySdkException;
import java.time.Duration;

/** What the user of a call gets in one scenario. */
sealed interface Expected {

  /**
   * The call returns normally.
   *
   * @param attempts the fewest attempts of the call that reach the server
   * @param maxAttempts the most (more than {@code attempts} only where a loaded machine may make a retry
   *     time out too)
   * @param minWait the shortest total wait between them (a Retry-After), or null for any backoff
   * @param maxWait the longest total wait, or null
   */
  record Succeeds(int attempts, int maxAttempts, Duration minWait, Duration maxWait) implements Expected {
    static Succeeds at(int attempts) {
      return new Succeeds(attempts, attempts, null, null);
    }

    static Succeeds between(int attempts, int maxAttempts) {
      return new Succeeds(attempts, maxAttempts, null, null);
    }

    static Succeeds afterWaiting(Duration min, Duration max) {
      return new Succeeds(2, 2, min, max);
    }
  }

  /**
   * The call throws.
   *
   * @param type the exception type
   * @param httpStatus the status it carries, or 0 when no response arrived
   * @param outcomeUnknown whether it says the provider may have acted (and then carries the lookup key)
   * @param attempts the fewest attempts of the call that reach the server
   * @param maxAttempts the most
   * @param cause the type of its cause, or null when there is no underlying failure
   */
  record Fails(Class<? extends PaySdkException> type, int httpStatus, boolean outcomeUnknown, int attempts,
      int maxAttempts, Class<? extends Throwable> cause) implements Expected {
    Fails(Class<? extends PaySdkException> type, int httpStatus, boolean outcomeUnknown, int attempts,
        Class<? extends Throwable> cause) {
      this(type, httpStatus, outcomeUnknown, attempts, attempts, cause);
    }
  }
}
