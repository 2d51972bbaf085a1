package io.github.paysdk.core.error;

/** Credentials were missing, wrong or expired (HTTP 401, or the provider's equivalent). */
public class AuthenticationException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** @param context what is known about the failed call */
  public AuthenticationException(ErrorContext context) {
    super(context);
  }

  /**
   * @param message the exception message
   * @param context what is known about the failed call
   * @param cause the underlying failure, or null
   */
  public AuthenticationException(String message, ErrorContext context, Throwable cause) {
    super(message, context, cause);
  }
}
