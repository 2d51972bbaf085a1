package io.github.paysdk.odero.error;

import io.github.paysdk.core.error.RateLimitException;
import io.github.paysdk.core.error.ErrorContext;
import java.time.Duration;

/** Too many requests (HTTP 429). Carries the platform's {@link OderoError}. */
public class OderoRateLimitException extends RateLimitException implements OderoFailure {
  private static final long serialVersionUID = 1L;
  private final transient OderoError error;

  /**
   * @param context what is known about the failed call
   * @param error the platform's {@code errors} object
   * @param retryAfter the wait the platform asked for, or null
   */
  public OderoRateLimitException(ErrorContext context, OderoError error, Duration retryAfter) {
    super(context, retryAfter);
    this.error = error;
  }

  @Override
  public OderoError oderoError() {
    return error;
  }
}
