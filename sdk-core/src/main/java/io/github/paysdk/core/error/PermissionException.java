package io.github.paysdk.core.error;

/** The credentials are valid but not allowed to do this (HTTP 403, IP not allow-listed, product not enabled). */
public class PermissionException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** @param context what is known about the failed call */
  public PermissionException(ErrorContext context) {
    super(context);
  }

  /**
   * @param message the exception message
   * @param context what is known about the failed call
   * @param cause the underlying failure, or null
   */
  public PermissionException(String message, ErrorContext context, Throwable cause) {
    super(message, context, cause);
  }
}
