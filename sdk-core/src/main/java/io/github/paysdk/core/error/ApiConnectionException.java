package io.github.paysdk.core.error;

/**
 * No usable response: the connection failed, was reset, or the response could not be read. When the
 * request may already have reached the provider, {@link #isOutcomeUnknown()} is true and
 * {@link #lookupKey()} names what to look the result up by.
 */
public class ApiConnectionException extends PaySdkException {
  private static final long serialVersionUID = 1L;
  /** Whether the request may have reached the provider. */
  private final boolean outcomeUnknown;
  /** The key to look the result up by, or null. */
  private final String lookupKey;

  /**
   * @param message what failed
   * @param cause the I/O failure
   * @param outcomeUnknown whether the request may have reached the provider
   * @param lookupKey the key to look the result up by, or null
   */
  public ApiConnectionException(
      String message, Throwable cause, boolean outcomeUnknown, String lookupKey) {
    super(message, cause);
    this.outcomeUnknown = outcomeUnknown;
    this.lookupKey = lookupKey;
  }

  @Override
  public boolean isOutcomeUnknown() {
    return outcomeUnknown;
  }

  @Override
  public String lookupKey() {
    return lookupKey;
  }
}
