package io.github.paysdk.odero.error;

import io.github.paysdk.core.error.ServerException;
import io.github.paysdk.core.error.ErrorContext;

/** Odero failed (HTTP 5xx); for a money-moving call the outcome is unknown: look it up before retrying. Carries the platform's {@link OderoError}. */
public class OderoServerException extends ServerException implements OderoFailure {
  private static final long serialVersionUID = 1L;
  private final transient OderoError error;

  /**
   * @param message the exception message
   * @param context what is known about the failed call
   * @param error the platform's {@code errors} object
   */
  public OderoServerException(String message, ErrorContext context, OderoError error) {
    super(message, context, null);
    this.error = error;
  }

  @Override
  public OderoError oderoError() {
    return error;
  }
}
