package io.github.paysdk.core.retry;

/** How a call may be retried. Every service method picks one; money-moving calls are never guessed. */
public enum RetryMode {
  /**
   * A read or status check: safe to send again. Retried on connect failures, timeouts, resets, 429 and
   * 502/503/504.
   */
  READ,
  /**
   * Moves money, but the provider deduplicates on a key the request carries and the SDK reuses on every
   * attempt (e.g. MoMo's {@code X-Reference-Id}). Retried like {@link #READ}.
   */
  IDEMPOTENT,
  /**
   * Moves money and the provider does not deduplicate. Retried only when the request certainly never left
   * the JVM (the connection could not be opened); any later failure is reported with
   * {@code isOutcomeUnknown() == true}.
   */
  NON_IDEMPOTENT
}
