package io.github.paysdk.core.error;

/**
 * The provider failed (HTTP 5xx). For a money-moving call the provider may still have acted:
 * {@link #isOutcomeUnknown()} says so, and {@link #lookupKey()} names what to look up.
 */
public class ServerException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** @param context what is known about the failed call */
  public ServerException(ErrorContext context) {
    super(context);
  }

  /**
   * @param message the exception message
   * @param context what is known about the failed call
   * @param cause the underlying failure, or null
   */
  public ServerException(String message, ErrorContext context, Throwable cause) {
    super(message, context, cause);
  }
}
