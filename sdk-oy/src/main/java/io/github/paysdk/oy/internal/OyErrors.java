package io.github.paysdk.oy.internal;

import io.github.paysdk.core.error.ApiException;
import io.github.paysdk.core.error.AuthenticationException;
import io.github.paysdk.core.error.ConflictException;
import io.github.paysdk.core.error.ErrorContext;
import io.github.paysdk.core.error.InsufficientFundsException;
import io.github.paysdk.core.error.InvalidRequestException;
import io.github.paysdk.core.error.NotFoundException;
import io.github.paysdk.core.error.PermissionException;
import io.github.paysdk.core.error.RateLimitException;
import io.github.paysdk.core.error.ServerException;
import io.github.paysdk.core.http.ApiResponse;
import io.github.paysdk.core.http.ErrorContexts;
import io.github.paysdk.core.retry.RetryAfter;
import io.github.paysdk.core.retry.RetryMode;
import io.github.paysdk.oy.error.DuplicatePartnerTrxIdException;
import io.github.paysdk.oy.model.OyCode;
import io.github.paysdk.oy.model.OyCodeTable;
import java.time.Clock;
import java.util.Locale;

/** Turns an OY status code that is not a result into the matching typed exception. */
public final class OyErrors {
  private OyErrors() {}

  /**
   * @param response the response carrying the code
   * @param table the endpoint's code table
   * @param code the code as sent
   * @param message OY's message
   * @return the exception for it
   */
  public static ApiException forCode(
      ApiResponse response, OyCodeTable table, String code, String message) {
    OyCode row = table.lookup(code);
    boolean mutation = response.request().retryMode() != RetryMode.READ;
    ErrorContext context = ErrorContexts.of(response, code, message);
    switch (row.outcome()) {
      case DUPLICATE:
        return new DuplicatePartnerTrxIdException(context);
      case NOT_FOUND:
        return new NotFoundException(context);
      case RETRYABLE:
        return "429".equals(code)
            ? new RateLimitException(context,
                RetryAfter.parse(response.header("Retry-After"), Clock.systemUTC()))
            // 999 is "internal server error": a call that changes state may have been applied.
            : new ServerException(context.withOutcomeUnknown(mutation && "999".equals(code)));
      case OUTCOME_UNKNOWN:
        ErrorContext unknown = context.withOutcomeUnknown(mutation);
        return "999".equals(code) || "504".equals(code)
            ? new ServerException(unknown)
            : new ApiException(unknown);
      default:
        return rejected(context, code);
    }
  }

  private static ApiException rejected(ErrorContext context, String code) {
    switch (code) {
      case "201":
      case "208":
        return new AuthenticationException(context);
      case "202":
      case "207":
      case "232":
        return new PermissionException(context);
      case "206":
        return new InsufficientFundsException(context);
      case "217":
      case "223":
      case "300":
        return new ConflictException(context);
      default:
        return new InvalidRequestException(context);
    }
  }

  /**
   * The exception for a payment-checkout {@code "status": false} answer, which has a message but no code.
   *
   * @param response the response
   * @param message OY's message, may be null
   * @return the exception
   */
  public static ApiException forCheckoutMessage(ApiResponse response, String message) {
    if (!response.isSuccessful()) {
      return ErrorContexts.exceptionFor(response, null, message);
    }
    ErrorContext context = ErrorContexts.of(response, null, message);
    String text = message == null ? "" : message.toLowerCase(Locale.ROOT);
    if (text.contains("cannot be found") || text.contains("not found") && !text.contains("username")) {
      return new NotFoundException(context);
    }
    if (text.contains("api key") || text.contains("username")) {
      return new AuthenticationException(context);
    }
    if (text.contains("ip address") || text.contains("access")) {
      return new PermissionException(context);
    }
    if (text.contains("cannot delete") || text.contains("status")) {
      return new ConflictException(context);
    }
    return new InvalidRequestException(context);
  }
}
