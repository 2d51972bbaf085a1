package io.github.paysdk.core.error;

/** An incoming webhook or callback body could not be parsed into the expected event. */
public class MalformedPayloadException extends PaySdkException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what could not be parsed
   * @param cause the parser's failure, or null
   */
  public MalformedPayloadException(String message, Throwable cause) {
    super(message, cause);
  }
}
