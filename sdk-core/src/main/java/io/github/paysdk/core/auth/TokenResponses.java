package io.github.paysdk.core.auth;

import io.github.paysdk.core.error.MalformedResponseException;
import io.github.paysdk.core.http.ApiResponse;
import io.github.paysdk.core.http.ErrorContexts;
import java.time.Duration;
import java.time.Instant;

/**
 * Checks for what a token endpoint answers, shared by the providers' {@link TokenFetcher}s: the token must
 * be sendable in an {@code Authorization} header, and its lifetime must not overflow the clock.
 */
public final class TokenResponses {
  /** The longest lifetime believed; a longer {@code expires_in} is cut to this. */
  public static final Duration MAX_LIFETIME = Duration.ofDays(366);

  private TokenResponses() {}

  /**
   * @param accessToken the {@code access_token} as parsed, may be null
   * @param response the token response, for the error context
   * @return the token
   * @throws MalformedResponseException if it is missing, blank, or holds a character other than visible
   *     ASCII (which OkHttp refuses in a header value, and no token scheme uses)
   */
  public static String requireSendable(String accessToken, ApiResponse response) {
    if (accessToken == null || accessToken.isBlank()) {
      throw malformed("Token response has no access_token", response);
    }
    for (int i = 0; i < accessToken.length(); i++) {
      char c = accessToken.charAt(i);
      if (c < 0x21 || c > 0x7e) {
        throw malformed("Token response's access_token has a character not allowed in a header", response);
      }
    }
    return accessToken;
  }

  /**
   * @param requestedAt when the token was requested
   * @param expiresInSeconds the lifetime the provider gave, or null if none
   * @param fallback the lifetime to assume when none (or none positive) was given
   * @return when the token expires; lifetimes over {@link #MAX_LIFETIME} are cut to it
   */
  public static Instant expiresAt(Instant requestedAt, Long expiresInSeconds, Duration fallback) {
    if (expiresInSeconds == null || expiresInSeconds <= 0) {
      return requestedAt.plus(fallback);
    }
    return requestedAt.plusSeconds(Math.min(expiresInSeconds, MAX_LIFETIME.toSeconds()));
  }

  private static MalformedResponseException malformed(String message, ApiResponse response) {
    return new MalformedResponseException(message + " (HTTP " + response.status() + ")",
        ErrorContexts.unreadable(response), null);
  }
}
