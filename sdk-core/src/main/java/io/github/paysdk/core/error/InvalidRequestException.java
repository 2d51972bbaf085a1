package io.github.paysdk.core.error;

/** The provider rejected the request as invalid (HTTP 400/422 or the provider's validation codes). */
public class InvalidRequestException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** @param context what is known about the failed call */
  public InvalidRequestException(ErrorContext context) {
    super(context);
  }

  /**
   * @param message the exception message
   * @param context what is known about the failed call
   * @param cause the underlying failure, or null
   */
  public InvalidRequestException(String message, ErrorContext context, Throwable cause) {
    super(message, context, cause);
  }
}
