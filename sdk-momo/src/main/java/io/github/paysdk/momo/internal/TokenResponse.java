package io.github.paysdk.momo.internal;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The answer of {@code POST /{product}/token/}. {@code token_type} is literally {@code access_token} in
 * the sandbox; the JWT is never parsed, {@code expires_in} decides the expiry.
 *
 * @param accessToken the token
 * @param tokenType its type as sent
 * @param expiresIn its lifetime in seconds
 */
record TokenResponse(
    @JsonProperty("access_token") String accessToken,
    @JsonProperty("token_type") String tokenType,
    @JsonProperty("expires_in") Long expiresIn) {

  @Override
  public String toString() {
    return "TokenResponse[****, expiresIn=" + expiresIn + "]";
  }
}
