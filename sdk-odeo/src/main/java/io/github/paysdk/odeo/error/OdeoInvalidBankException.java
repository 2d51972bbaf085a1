package io.github.paysdk.odeo.error;

import io.github.paysdk.core.error.ErrorContext;
import io.github.paysdk.core.error.InvalidRequestException;

/**
 * Odeo {@code error_code} {@value OdeoErrorCodes#INVALID_BANK}: the bank id is not supported or
 * invalid (Python SDK {@code InvalidBankError}); take bank ids from {@code getBanks()}.
 */
public class OdeoInvalidBankException extends InvalidRequestException {
  private static final long serialVersionUID = 1L;

  /** @param context the failed call, with Odeo's code and message */
  public OdeoInvalidBankException(ErrorContext context) {
    super(context);
  }
}
