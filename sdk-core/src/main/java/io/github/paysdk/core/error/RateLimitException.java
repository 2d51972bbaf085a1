package io.github.paysdk.core.error;

import java.time.Duration;

/** Too many requests (HTTP 429), after the SDK's own retries, if any, were used up. */
public class RateLimitException extends ApiException {
  private static final long serialVersionUID = 1L;
  /** How long the provider asked to wait, or null. */
  private final Duration retryAfter;

  /**
   * @param context what is known about the failed call
   * @param retryAfter how long the provider asked to wait, or null
   */
  public RateLimitException(ErrorContext context, Duration retryAfter) {
    super(context);
    this.retryAfter = retryAfter;
  }

  /** @return how long the provider asked to wait ({@code Retry-After}), or null if it did not say */
  public Duration retryAfter() {
    return retryAfter;
  }
}
