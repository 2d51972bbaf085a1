package io.github.paysdk.momo.consent;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An OAuth2 token for one account holder's consent, used for {@link ConsentService#userInfo}. Not the
 * product access token. {@link #toString()} never shows the tokens.
 *
 * @param accessToken the consent access token
 * @param tokenType its type, e.g. {@code Bearer}
 * @param expiresIn its lifetime in seconds
 * @param scope the granted scopes
 * @param refreshToken the refresh token of an offline consent, or null
 * @param refreshTokenExpiredIn the refresh token's lifetime in seconds (MTN's spelling), or null
 */
public record ConsentToken(
    @JsonProperty("access_token") String accessToken,
    @JsonProperty("token_type") String tokenType,
    @JsonProperty("expires_in") Long expiresIn,
    @JsonProperty("scope") String scope,
    @JsonProperty("refresh_token") String refreshToken,
    @JsonProperty("refresh_token_expired_in") Long refreshTokenExpiredIn) {

  @Override
  public String toString() {
    return "ConsentToken[accessToken=****, tokenType=" + tokenType + ", expiresIn=" + expiresIn
        + ", scope=" + scope + ", refreshToken=" + (refreshToken == null ? "null" : "****") + "]";
  }
}
