package io.github.paysdk.odero.error;

import io.github.paysdk.core.error.InsufficientFundsException;
import io.github.paysdk.core.error.ErrorContext;

/** The bank declined the payment for lack of funds (payment error group {@code NOT_SUFFICIENT_FUNDS}). Carries the platform's {@link OderoError}. */
public class OderoInsufficientFundsException extends InsufficientFundsException implements OderoFailure {
  private static final long serialVersionUID = 1L;
  private final transient OderoError error;

  /**
   * @param message the exception message
   * @param context what is known about the failed call
   * @param error the platform's {@code errors} object
   */
  public OderoInsufficientFundsException(String message, ErrorContext context, OderoError error) {
    super(message, context, null);
    this.error = error;
  }

  @Override
  public OderoError oderoError() {
    return error;
  }
}
