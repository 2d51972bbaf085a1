package io.github.paysdk.odero.error;

import io.github.paysdk.core.error.ConflictException;
import io.github.paysdk.core.error.ErrorContext;

/** The request conflicts with the resource's state (HTTP 409). Carries the platform's {@link OderoError}. */
public class OderoConflictException extends ConflictException implements OderoFailure {
  private static final long serialVersionUID = 1L;
  private final transient OderoError error;

  /**
   * @param message the exception message
   * @param context what is known about the failed call
   * @param error the platform's {@code errors} object
   */
  public OderoConflictException(String message, ErrorContext context, OderoError error) {
    super(message, context, null);
    this.error = error;
  }

  @Override
  public OderoError oderoError() {
    return error;
  }
}
