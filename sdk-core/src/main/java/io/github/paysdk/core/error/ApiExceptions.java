package io.github.paysdk.core.error;

import java.time.Duration;

/** Picks the exception type for an HTTP status. Provider error mappers start here and refine. */
public final class ApiExceptions {
  private ApiExceptions() {}

  /**
   * @param context the failed call (its {@code httpStatus} decides the type)
   * @param retryAfter the {@code Retry-After} of a 429, or null
   * @return the exception for that status: 400/422 invalid request, 401 authentication, 403 permission,
   *     404 not found, 409 conflict, 429 rate limit, 5xx server, anything else {@link ApiException}
   */
  public static ApiException forStatus(ErrorContext context, Duration retryAfter) {
    int status = context.httpStatus();
    if (status == 400 || status == 422) {
      return new InvalidRequestException(context);
    }
    if (status == 401) {
      return new AuthenticationException(context);
    }
    if (status == 403) {
      return new PermissionException(context);
    }
    if (status == 404) {
      return new NotFoundException(context);
    }
    if (status == 409) {
      return new ConflictException(context);
    }
    if (status == 429) {
      return new RateLimitException(context, retryAfter);
    }
    if (status >= 500) {
      return new ServerException(context);
    }
    return new ApiException(context);
  }
}
