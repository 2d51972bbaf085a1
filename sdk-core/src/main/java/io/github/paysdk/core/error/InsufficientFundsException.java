package io.github.paysdk.core.error;

/** The account does not hold enough money for this operation. */
public class InsufficientFundsException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** @param context what is known about the failed call */
  public InsufficientFundsException(ErrorContext context) {
    super(context);
  }

  /**
   * @param message the exception message
   * @param context what is known about the failed call
   * @param cause the underlying failure, or null
   */
  public InsufficientFundsException(String message, ErrorContext context, Throwable cause) {
    super(message, context, cause);
  }
}
