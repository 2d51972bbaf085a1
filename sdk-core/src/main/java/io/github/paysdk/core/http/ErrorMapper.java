package io.github.paysdk.core.http;

import io.github.paysdk.core.error.PaySdkException;

/**
 * Decides whether a response is an error, and which exception it is. Each provider has one, in its
 * {@code internal} package, because providers signal errors differently (HTTP status, a code in the body
 * at any status, or both).
 */
@FunctionalInterface
public interface ErrorMapper {
  /**
   * @param response a complete response
   * @return the exception to throw, or null if the response is a success
   */
  PaySdkException toException(ApiResponse response);

  /** @return a mapper that treats 2xx as success and anything else by its HTTP status alone */
  static ErrorMapper byHttpStatus() {
    return response -> response.isSuccessful() ? null : ErrorContexts.exceptionFor(response, null, null);
  }
}
