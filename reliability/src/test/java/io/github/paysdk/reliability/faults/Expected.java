package io.github.paysdk.reliability.faults;

import io.github.paysdk.core.error.PaySdkException;
import java.time.Duration;

/** What the user of a call gets in one scenario. */
sealed interface Expected {

  /**
   * The call returns normally.
   *
   * @param attempts how many attempts of the call reach the server
   * @param minWait the shortest total wait between them (a Retry-After), or null for any backoff
   * @param maxWait the longest total wait, or null
   */
  record Succeeds(int attempts, Duration minWait, Duration maxWait) implements Expected {
    static Succeeds at(int attempts) {
      return new Succeeds(attempts, null, null);
    }

    static Succeeds afterWaiting(Duration min, Duration max) {
      return new Succeeds(2, min, max);
    }
  }

  /**
   * The call throws.
   *
   * @param type the exception type
   * @param httpStatus the status it carries, or 0 when no response arrived
   * @param outcomeUnknown whether it says the provider may have acted (and then carries the lookup key)
   * @param attempts how many attempts of the call reach the server
   * @param cause the type of its cause, or null when there is no underlying failure
   */
  record Fails(Class<? extends PaySdkException> type, int httpStatus, boolean outcomeUnknown, int attempts,
      Class<? extends Throwable> cause) implements Expected {}
}
