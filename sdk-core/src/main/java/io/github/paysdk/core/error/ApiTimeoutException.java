package io.github.paysdk.core.error;

/** A connect, read or total-call timeout. See {@link ApiConnectionException#isOutcomeUnknown()}. */
public class ApiTimeoutException extends ApiConnectionException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what timed out
   * @param cause the timeout
   * @param outcomeUnknown whether the request may have reached the provider
   * @param lookupKey the key to look the result up by, or null
   */
  public ApiTimeoutException(
      String message, Throwable cause, boolean outcomeUnknown, String lookupKey) {
    super(message, cause, outcomeUnknown, lookupKey);
  }
}
