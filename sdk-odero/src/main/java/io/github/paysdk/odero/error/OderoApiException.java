package io.github.paysdk.odero.error;

import io.github.paysdk.core.error.ApiException;
import io.github.paysdk.core.error.ErrorContext;

/** An Odero error response of no more specific kind. Carries the platform's {@link OderoError}. */
public class OderoApiException extends ApiException implements OderoFailure {
  private static final long serialVersionUID = 1L;
  private final transient OderoError error;

  /**
   * @param message the exception message
   * @param context what is known about the failed call
   * @param error the platform's {@code errors} object
   */
  public OderoApiException(String message, ErrorContext context, OderoError error) {
    super(message, context, null);
    this.error = error;
  }

  @Override
  public OderoError oderoError() {
    return error;
  }
}
