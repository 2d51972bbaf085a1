package io.github.paysdk.odeo.error;

import io.github.paysdk.core.error.ErrorContext;
import io.github.paysdk.core.error.InvalidRequestException;

/**
 * Odeo {@code error_code} {@value OdeoErrorCodes#GENERAL_ERROR}: a general error (Python SDK
 * {@code GeneralError}), e.g. a reference id that already exists, a user or order that was not
 * found, a pending top-up that already exists, or a phone number already registered. Read {@link
 * #providerMessage()} for which.
 */
public class OdeoGeneralException extends InvalidRequestException {
  private static final long serialVersionUID = 1L;

  /** @param context the failed call, with Odeo's code and message */
  public OdeoGeneralException(ErrorContext context) {
    super(context);
  }
}
