package io.github.paysdk.odeo.internal;

import io.github.paysdk.core.auth.BearerTokenAuth;
import io.github.paysdk.core.auth.RequestSigner;
import io.github.paysdk.core.auth.Secret;
import io.github.paysdk.core.auth.TokenProvider;
import io.github.paysdk.core.crypto.Crypto;
import io.github.paysdk.core.crypto.HmacSha256;
import io.github.paysdk.core.http.OutgoingRequest;
import java.time.Clock;
import java.util.Objects;

/**
 * Adds {@code Authorization: Bearer}, {@code X-Odeo-Timestamp} and {@code X-Odeo-Signature} to each
 * attempt. The signature covers the bearer token just set, one timestamp read from the clock (the same
 * value goes in the header), the path, the canonical query and the exact body bytes sent. After a 401
 * the token is dropped (by {@link BearerTokenAuth}) so the single retry is signed with a new one.
 */
public final class OdeoSigner implements RequestSigner {
  private static final String BEARER = "Bearer ";
  private final RequestSigner bearer;
  private final HmacSha256 signingKey;
  private final Clock clock;

  /**
   * @param tokens the access-token cache
   * @param signingKey the merchant's signing key
   * @param clock the clock the timestamp is read from
   */
  public OdeoSigner(TokenProvider tokens, Secret signingKey, Clock clock) {
    this.bearer = new BearerTokenAuth(Objects.requireNonNull(tokens, "tokens"));
    this.signingKey =
        HmacSha256.keyed(Crypto.utf8(Objects.requireNonNull(signingKey, "signingKey").reveal()));
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public void sign(OutgoingRequest request) {
    bearer.sign(request);
    String token = request.header("Authorization").substring(BEARER.length());
    long timestamp = clock.instant().getEpochSecond();
    String signature = OdeoSignature.sign(
        request.method(),
        request.request().path(),
        CanonicalQuery.of(request.request().query()),
        token,
        timestamp,
        request.body(),
        signingKey);
    request.header("Accept", "application/json");
    request.header("X-Odeo-Timestamp", Long.toString(timestamp));
    request.header("X-Odeo-Signature", signature);
  }

  @Override
  public boolean refreshAfterUnauthorized(OutgoingRequest request) {
    return bearer.refreshAfterUnauthorized(request);
  }

  @Override
  public String toString() {
    return "OdeoSigner[****]";
  }
}
