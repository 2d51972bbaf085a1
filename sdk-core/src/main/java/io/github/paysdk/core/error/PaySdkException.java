package io.github.paysdk.core.error;

/** Root of every exception paysdk throws. Unchecked. */
public class PaySdkException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what went wrong; never contains a secret, token, signature or card data
   */
  public PaySdkException(String message) {
    super(message);
  }

  /**
   * @param message what went wrong; never contains a secret, token, signature or card data
   * @param cause the underlying failure
   */
  public PaySdkException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * Whether the provider may have acted on the request (for a payment: money may have moved). When
   * true, look the result up by {@link #lookupKey()} before trying again.
   *
   * @return false unless a subclass knows the request may have reached the provider
   */
  public boolean isOutcomeUnknown() {
    return false;
  }

  /**
   * The key to look the result of the request up by (a reference id or idempotency key), if the request
   * had one.
   *
   * @return the key, or null
   */
  public String lookupKey() {
    return null;
  }
}
