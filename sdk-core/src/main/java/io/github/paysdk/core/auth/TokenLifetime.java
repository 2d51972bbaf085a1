package io.github.paysdk.core.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Turns a token answer's {@code expires_in} into an expiry instant that cannot overflow: a missing, zero or
 * negative value means the provider's documented default, and anything longer than {@link #MAX} is capped
 * (a token that expires earlier than believed is replaced after its first 401).
 */
public final class TokenLifetime {
  /** The longest lifetime the SDK believes a token has. */
  public static final Duration MAX = Duration.ofDays(365);

  private TokenLifetime() {}

  /**
   * @param issuedAt when the token was asked for
   * @param expiresInSeconds the provider's {@code expires_in}, or null if absent
   * @param fallback the lifetime to assume when it is absent, zero or negative
   * @return when the token expires, at most {@link #MAX} after {@code issuedAt}
   */
  public static Instant expiresAt(Instant issuedAt, Long expiresInSeconds, Duration fallback) {
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(fallback, "fallback");
    Duration lifetime = expiresInSeconds == null || expiresInSeconds <= 0
        ? fallback
        : Duration.ofSeconds(Math.min(expiresInSeconds, MAX.toSeconds()));
    return issuedAt.plus(lifetime.compareTo(MAX) > 0 ? MAX : lifetime);
  }
}
