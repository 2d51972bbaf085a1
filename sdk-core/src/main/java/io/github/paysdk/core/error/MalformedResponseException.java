package io.github.paysdk.core.error;

/**
 * The provider's response could not be understood: empty, truncated or malformed JSON, an HTML error
 * page, or a shape the SDK does not know. For a money-moving call the outcome is unknown.
 */
public class MalformedResponseException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what could not be parsed
   * @param context what is known about the call
   * @param cause the parser's failure, or null
   */
  public MalformedResponseException(String message, ErrorContext context, Throwable cause) {
    super(message, context, cause);
  }
}
