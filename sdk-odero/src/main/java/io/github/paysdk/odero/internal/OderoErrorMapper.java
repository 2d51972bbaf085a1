package io.github.paysdk.odero.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.paysdk.core.error.ApiException;
import io.github.paysdk.core.error.ErrorContext;
import io.github.paysdk.core.error.PaySdkException;
import io.github.paysdk.core.http.ApiResponse;
import io.github.paysdk.core.http.ErrorContexts;
import io.github.paysdk.core.http.ErrorMapper;
import io.github.paysdk.core.retry.RetryAfter;
import io.github.paysdk.odero.error.OderoApiException;
import io.github.paysdk.odero.error.OderoAuthenticationException;
import io.github.paysdk.odero.error.OderoConflictException;
import io.github.paysdk.odero.error.OderoError;
import io.github.paysdk.odero.error.OderoInsufficientFundsException;
import io.github.paysdk.odero.error.OderoInvalidRequestException;
import io.github.paysdk.odero.error.OderoNotFoundException;
import io.github.paysdk.odero.error.OderoPaymentException;
import io.github.paysdk.odero.error.OderoPermissionException;
import io.github.paysdk.odero.error.OderoRateLimitException;
import io.github.paysdk.odero.error.OderoServerException;
import io.github.paysdk.odero.error.PaymentErrorGroup;
import java.io.IOException;
import java.time.Clock;
import java.util.Objects;

/**
 * Turns Odero error responses into exceptions. An HTTP status of 400 or more is an error; with the
 * platform's {@code {"errors": {...}}} envelope it becomes an Odero exception carrying errorCode,
 * errorDescription and errorGroup (payment errors by group), without it (an HTML 5xx page, say) the core
 * exception for the status.
 */
public final class OderoErrorMapper implements ErrorMapper {
  private final ObjectMapper mapper;
  private final Clock clock;

  /**
   * @param mapper parses the body
   * @param clock reads {@code Retry-After} dates
   */
  public OderoErrorMapper(ObjectMapper mapper, Clock clock) {
    this.mapper = Objects.requireNonNull(mapper, "mapper");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public PaySdkException toException(ApiResponse response) {
    if (response.status() < 400) {
      return null;
    }
    OderoError error = envelopeError(response.body());
    if (error == null) {
      return ErrorContexts.exceptionFor(response, null, null);
    }
    return exceptionFor(response, error);
  }

  /**
   * @param response the response carrying the error envelope (at any status)
   * @param error its {@code errors} object
   * @return the exception for it
   */
  public ApiException exceptionFor(ApiResponse response, OderoError error) {
    ErrorContext context = ErrorContexts.of(response, error.errorCode(), error.errorDescription());
    if (error.isPaymentError()) {
      // The bank or platform answered with a decline: the outcome is known even on a 5xx status.
      context = context.withOutcomeUnknown(false);
      String message = describe(context, error);
      return error.paymentErrorGroup() == PaymentErrorGroup.NOT_SUFFICIENT_FUNDS
          ? new OderoInsufficientFundsException(message, context, error)
          : new OderoPaymentException(message, context, error);
    }
    String message = describe(context, error);
    int status = response.status();
    if (status == 400 || status == 422) {
      return new OderoInvalidRequestException(message, context, error);
    }
    if (status == 401) {
      return new OderoAuthenticationException(message, context, error);
    }
    if (status == 403) {
      return new OderoPermissionException(message, context, error);
    }
    if (status == 404) {
      return new OderoNotFoundException(message, context, error);
    }
    if (status == 409) {
      return new OderoConflictException(message, context, error);
    }
    if (status == 429) {
      return new OderoRateLimitException(
          context, error, RetryAfter.parse(response.header("Retry-After"), clock));
    }
    if (status >= 500) {
      return new OderoServerException(message, context, error);
    }
    return new OderoApiException(message, context, error);
  }

  /**
   * @param body a response body
   * @return its {@code errors} object, or null if the body is not Odero's error envelope
   */
  public OderoError envelopeError(byte[] body) {
    if (body == null || body.length == 0) {
      return null;
    }
    try {
      JsonNode errors = mapper.readTree(body).path("errors");
      if (!errors.isObject()) {
        return null;
      }
      return new OderoError(text(errors, "errorCode"), text(errors, "errorDescription"),
          text(errors, "errorGroup"));
    } catch (IOException | RuntimeException notJson) {
      return null;
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static String describe(ErrorContext context, OderoError error) {
    String base = ApiException.describe(context);
    return error.isPaymentError() ? base + " [errorGroup " + error.errorGroup() + "]" : base;
  }
}
