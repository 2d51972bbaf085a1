package io.github.paysdk.odero.error;

import io.github.paysdk.core.error.NotFoundException;
import io.github.paysdk.core.error.ErrorContext;

/** The payment, refund, card or other resource does not exist (HTTP 404). Carries the platform's {@link OderoError}. */
public class OderoNotFoundException extends NotFoundException implements OderoFailure {
  private static final long serialVersionUID = 1L;
  private final transient OderoError error;

  /**
   * @param message the exception message
   * @param context what is known about the failed call
   * @param error the platform's {@code errors} object
   */
  public OderoNotFoundException(String message, ErrorContext context, OderoError error) {
    super(message, context, null);
    this.error = error;
  }

  @Override
  public OderoError oderoError() {
    return error;
  }
}
