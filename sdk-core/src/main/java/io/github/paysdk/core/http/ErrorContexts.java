package io.github.paysdk.core.http;

import io.github.paysdk.core.error.ApiException;
import io.github.paysdk.core.error.ApiExceptions;
import io.github.paysdk.core.error.ErrorContext;
import io.github.paysdk.core.retry.RetryAfter;
import io.github.paysdk.core.retry.RetryMode;
import java.time.Clock;

/** Builds {@link ErrorContext}s from responses, for providers' error mappers. */
public final class ErrorContexts {
  private ErrorContexts() {}

  /**
   * The context of an error response. The outcome counts as unknown for a 5xx answer to a call that is
   * not a plain read.
   *
   * @param response the response
   * @param providerCode the provider's code parsed from the body, or null
   * @param providerMessage the provider's message parsed from the body, or null
   * @return the context
   */
  public static ErrorContext of(ApiResponse response, String providerCode, String providerMessage) {
    ApiRequest request = response.request();
    boolean unknown = response.status() >= 500 && request.retryMode() != RetryMode.READ;
    return new ErrorContext(
        response.status(),
        providerCode,
        providerMessage,
        response.requestId(),
        response.bodyString(),
        unknown,
        request.lookupKey());
  }

  /**
   * The context of a response that arrived but could not be understood; for a call that is not a plain
   * read, the outcome is unknown.
   *
   * @param response the response
   * @return the context
   */
  public static ErrorContext unreadable(ApiResponse response) {
    return of(response, null, null)
        .withOutcomeUnknown(response.request().retryMode() != RetryMode.READ);
  }

  /**
   * The exception for a response's HTTP status (see {@link ApiExceptions#forStatus}).
   *
   * @param response the response
   * @param providerCode the provider's code, or null
   * @param providerMessage the provider's message, or null
   * @return the exception
   */
  public static ApiException exceptionFor(
      ApiResponse response, String providerCode, String providerMessage) {
    return ApiExceptions.forStatus(
        of(response, providerCode, providerMessage),
        RetryAfter.parse(response.header("Retry-After"), Clock.systemUTC()));
  }
}
