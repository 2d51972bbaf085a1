package io.github.paysdk.core.error;

/** The provider answered, and the answer is an error. Carries status, provider code and message. */
public class ApiException extends PaySdkException {
  private static final long serialVersionUID = 1L;
  private final transient ErrorContext context;

  /** @param context what is known about the failed call */
  public ApiException(ErrorContext context) {
    this(describe(context), context, null);
  }

  /**
   * @param message the exception message
   * @param context what is known about the failed call
   * @param cause the underlying failure, or null
   */
  public ApiException(String message, ErrorContext context, Throwable cause) {
    super(message, cause);
    this.context = context;
  }

  /** @return the HTTP status code, or 0 if there was none */
  public int httpStatus() {
    return context.httpStatus();
  }

  /** @return the provider's own error code as sent, or null */
  public String providerCode() {
    return context.providerCode();
  }

  /** @return the provider's own error message, or null */
  public String providerMessage() {
    return context.providerMessage();
  }

  /** @return the request id the provider returned, or null */
  public String requestId() {
    return context.requestId();
  }

  /** @return the raw response body, or null; may hold personal data, so do not log it blindly */
  public String rawBody() {
    return context.rawBody();
  }

  /** @return everything known about the failed call */
  public ErrorContext context() {
    return context;
  }

  @Override
  public boolean isOutcomeUnknown() {
    return context.outcomeUnknown();
  }

  @Override
  public String lookupKey() {
    return context.lookupKey();
  }

  /**
   * @param context the failed call
   * @return a one-line description: status, provider code and message, request id
   */
  public static String describe(ErrorContext context) {
    StringBuilder text = new StringBuilder();
    text.append("HTTP ").append(context.httpStatus());
    if (context.providerCode() != null) {
      text.append(", code ").append(context.providerCode());
    }
    if (context.providerMessage() != null) {
      text.append(": ").append(context.providerMessage());
    }
    if (context.requestId() != null) {
      text.append(" (request id ").append(context.requestId()).append(')');
    }
    if (context.outcomeUnknown()) {
      text.append("; outcome unknown");
      if (context.lookupKey() != null) {
        text.append(", look up ").append(context.lookupKey());
      }
    }
    return text.toString();
  }
}
