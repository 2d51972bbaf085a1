package io.github.paysdk.core.error;

/** The request conflicts with existing state, e.g. a duplicate reference id (HTTP 409). */
public class ConflictException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** @param context what is known about the failed call */
  public ConflictException(ErrorContext context) {
    super(context);
  }

  /**
   * @param message the exception message
   * @param context what is known about the failed call
   * @param cause the underlying failure, or null
   */
  public ConflictException(String message, ErrorContext context, Throwable cause) {
    super(message, context, cause);
  }
}
