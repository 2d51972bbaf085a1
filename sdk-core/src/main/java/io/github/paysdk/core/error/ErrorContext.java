package io.github.paysdk.core.error;

import io.github.paysdk.core.logging.Redactor;

/**
 * What is known about a failed API call: HTTP status, the provider's own code and message, the request id
 * and the raw response body.
 *
 * @param httpStatus the HTTP status code, or 0 if no response was received
 * @param providerCode the provider's error code as sent (e.g. {@code "40002"}), or null
 * @param providerMessage the provider's error message, or null; card numbers in it are masked
 * @param requestId the request id the provider returned in a header, or null
 * @param rawBody the response body as text, or null
 * @param outcomeUnknown whether the provider may have acted on the request
 * @param lookupKey the key to look the result up by, or null
 */
public record ErrorContext(
    int httpStatus,
    String providerCode,
    String providerMessage,
    String requestId,
    String rawBody,
    boolean outcomeUnknown,
    String lookupKey) {

  /** Cuts any card number a provider echoed in its message to first six and last four digits. */
  public ErrorContext {
    providerMessage = providerMessage == null ? null : Redactor.cardNumbers(providerMessage);
  }

  /**
   * @param providerCode the provider's error code, or null
   * @param providerMessage the provider's message, or null
   * @return a copy carrying the provider's code and message
   */
  public ErrorContext withProviderError(String providerCode, String providerMessage) {
    return new ErrorContext(
        httpStatus, providerCode, providerMessage, requestId, rawBody, outcomeUnknown, lookupKey);
  }

  /**
   * @param unknown whether the provider may have acted on the request
   * @return a copy with that flag
   */
  public ErrorContext withOutcomeUnknown(boolean unknown) {
    return new ErrorContext(
        httpStatus, providerCode, providerMessage, requestId, rawBody, unknown, lookupKey);
  }

  @Override
  public String toString() {
    return "ErrorContext{httpStatus=" + httpStatus + ", providerCode=" + providerCode
        + ", requestId=" + requestId + ", outcomeUnknown=" + outcomeUnknown + ", lookupKey=" + lookupKey
        + "}";
  }
}
