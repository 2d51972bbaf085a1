package io.github.paysdk.odeo.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.paysdk.core.auth.AccessToken;
import io.github.paysdk.core.auth.TokenResponses;
import io.github.paysdk.core.auth.Secret;
import io.github.paysdk.core.auth.TokenFetcher;
import io.github.paysdk.core.http.ApiRequest;
import io.github.paysdk.core.http.ApiResponse;
import io.github.paysdk.core.http.HttpExecutor;
import io.github.paysdk.core.http.HttpMethod;
import io.github.paysdk.core.json.JsonCodec;
import io.github.paysdk.core.retry.RetryMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Fetches an OAuth2 client-credentials token: {@code POST /oauth2/token}, form-encoded
 * {@code grant_type=client_credentials&client_id=..&client_secret=..}, no {@code Authorization} header,
 * no scope, not signed. Sent through an executor without a signer.
 */
public final class OdeoTokenFetcher implements TokenFetcher {
  /** The token path below the base URL. */
  public static final String PATH = "/oauth2/token";
  /** Lifetime assumed when the response has no usable {@code expires_in}. */
  static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(5);

  private final HttpExecutor executor;
  private final JsonCodec codec;
  private final String clientId;
  private final Secret clientSecret;
  private final Clock clock;

  /**
   * @param executor an executor without a signer
   * @param codec parses the token response
   * @param clientId the client id
   * @param clientSecret the client secret
   * @param clock the clock expiry is computed against
   */
  public OdeoTokenFetcher(HttpExecutor executor, JsonCodec codec, String clientId, Secret clientSecret,
      Clock clock) {
    this.executor = executor;
    this.codec = codec;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.clock = clock;
  }

  @Override
  public AccessToken fetch() {
    String form = "grant_type=client_credentials"
        + "&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
        + "&client_secret=" + URLEncoder.encode(clientSecret.reveal(), StandardCharsets.UTF_8);
    ApiRequest request = ApiRequest.builder(HttpMethod.POST, PATH)
        .header("Accept", "application/json")
        .body(form.getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded")
        // Asking for a token again is harmless.
        .retryMode(RetryMode.READ)
        .build();
    Instant requestedAt = clock.instant();
    ApiResponse response = executor.execute(request);
    JsonNode body = codec.readTree(response);
    JsonNode token = body.get("access_token");
    String value = TokenResponses.requireSendable(
        token == null || !token.isTextual() ? null : token.asText(), response);
    return new AccessToken(value,
        TokenResponses.expiresAt(requestedAt, seconds(body.get("expires_in")), DEFAULT_LIFETIME));
  }

  private static Long seconds(JsonNode expiresIn) {
    if (expiresIn == null || expiresIn.isNull()) {
      return null;
    }
    try {
      return expiresIn.isNumber() ? expiresIn.asLong() : Long.parseLong(expiresIn.asText().trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  @Override
  public String toString() {
    return "OdeoTokenFetcher[clientId=" + clientId + "]";
  }
}
