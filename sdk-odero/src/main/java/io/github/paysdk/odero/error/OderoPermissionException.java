package io.github.paysdk.odero.error;

import io.github.paysdk.core.error.PermissionException;
import io.github.paysdk.core.error.ErrorContext;

/** Odero refused the operation for this merchant (HTTP 403). Carries the platform's {@link OderoError}. */
public class OderoPermissionException extends PermissionException implements OderoFailure {
  private static final long serialVersionUID = 1L;
  private final transient OderoError error;

  /**
   * @param message the exception message
   * @param context what is known about the failed call
   * @param error the platform's {@code errors} object
   */
  public OderoPermissionException(String message, ErrorContext context, OderoError error) {
    super(message, context, null);
    this.error = error;
  }

  @Override
  public OderoError oderoError() {
    return error;
  }
}
