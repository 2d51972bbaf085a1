package io.github.paysdk.core.error;

/**
 * An incoming webhook or callback failed verification: its signature is missing or wrong, or its
 * timestamp is too old. The message never contains the expected or received signature.
 */
public class SignatureVerificationException extends PaySdkException {
  private static final long serialVersionUID = 1L;

  /** @param message why verification failed */
  public SignatureVerificationException(String message) {
    super(message);
  }
}
