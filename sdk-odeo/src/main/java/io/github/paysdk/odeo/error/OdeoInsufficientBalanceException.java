package io.github.paysdk.odeo.error;

import io.github.paysdk.core.error.ErrorContext;
import io.github.paysdk.core.error.InsufficientFundsException;

/**
 * Odeo {@code error_code} {@value OdeoErrorCodes#INSUFFICIENT_BALANCE}: the balance does not cover
 * the transaction or the inquiry fee (Python SDK {@code InsufficientBalanceError}).
 */
public class OdeoInsufficientBalanceException extends InsufficientFundsException {
  private static final long serialVersionUID = 1L;

  /** @param context the failed call, with Odeo's code and message */
  public OdeoInsufficientBalanceException(ErrorContext context) {
    super(context);
  }
}
