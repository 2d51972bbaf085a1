package io.github.paysdk.odeo.error;

import io.github.paysdk.core.error.ErrorContext;
import io.github.paysdk.core.error.NotFoundException;

/**
 * Odeo {@code error_code} {@value OdeoErrorCodes#RESOURCE_NOT_FOUND}: the requested resource does
 * not exist (Python SDK {@code ResourceNotFoundError}), e.g. {@code Disbursement not found}. For a
 * disbursement looked up by reference id after an outcome-unknown failure, this means it was not
 * created.
 */
public class OdeoResourceNotFoundException extends NotFoundException {
  private static final long serialVersionUID = 1L;

  /** @param context the failed call, with Odeo's code and message */
  public OdeoResourceNotFoundException(ErrorContext context) {
    super(context);
  }
}
