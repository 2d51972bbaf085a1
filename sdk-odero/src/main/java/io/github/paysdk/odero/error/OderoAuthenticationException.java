package io.github.paysdk.odero.error;

import io.github.paysdk.core.error.AuthenticationException;
import io.github.paysdk.core.error.ErrorContext;

/** Odero rejected the credentials or the signature (HTTP 401): check the API key, the secret key and the environment. Carries the platform's {@link OderoError}. */
public class OderoAuthenticationException extends AuthenticationException implements OderoFailure {
  private static final long serialVersionUID = 1L;
  private final transient OderoError error;

  /**
   * @param message the exception message
   * @param context what is known about the failed call
   * @param error the platform's {@code errors} object
   */
  public OderoAuthenticationException(String message, ErrorContext context, OderoError error) {
    super(message, context, null);
    this.error = error;
  }

  @Override
  public OderoError oderoError() {
    return error;
  }
}
