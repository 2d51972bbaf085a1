package io.github.paysdk.core.auth;

import java.time.Instant;
import java.util.Objects;

/**
 * A bearer token and the instant it expires. {@link #toString()} never shows the token.
 *
 * @param value the token itself
 * @param expiresAt when the provider stops accepting it
 */
public record AccessToken(String value, Instant expiresAt) {
  /** Requires both parts. */
  public AccessToken {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }

  @Override
  public String toString() {
    return "AccessToken[****, expiresAt=" + expiresAt + "]";
  }
}
