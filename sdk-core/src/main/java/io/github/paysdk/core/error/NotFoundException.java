package io.github.paysdk.core.error;

/** The requested object does not exist (HTTP 404 or the provider's not-found codes). */
public class NotFoundException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** @param context what is known about the failed call */
  public NotFoundException(ErrorContext context) {
    super(context);
  }

  /**
   * @param message the exception message
   * @param context what is known about the failed call
   * @param cause the underlying failure, or null
   */
  public NotFoundException(String message, ErrorContext context, Throwable cause) {
    super(message, context, cause);
  }
}
