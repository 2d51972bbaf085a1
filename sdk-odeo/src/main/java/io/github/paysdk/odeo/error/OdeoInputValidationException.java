package io.github.paysdk.odeo.error;

import io.github.paysdk.core.error.ErrorContext;
import io.github.paysdk.core.error.InvalidRequestException;

/**
 * Odeo {@code error_code} {@value OdeoErrorCodes#INPUT_VALIDATION_ERROR}: the request's inputs
 * failed validation on Odeo's side (Python SDK {@code InputValidationError}), e.g. an amount
 * outside the allowed range or an invalid email address. {@link #providerMessage()} names the
 * field.
 */
public class OdeoInputValidationException extends InvalidRequestException {
  private static final long serialVersionUID = 1L;

  /** @param context the failed call, with Odeo's code and message */
  public OdeoInputValidationException(ErrorContext context) {
    super(context);
  }
}
