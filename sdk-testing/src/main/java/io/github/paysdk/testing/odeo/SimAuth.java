package io.github.paysdk.testing.odeo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.paysdk.core.crypto.Crypto;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import okhttp3.Headers;
import okhttp3.HttpUrl;

/** Issues OAuth2 tokens and checks every API request's bearer token, timestamp and signature. */
final class SimAuth {
  private final String clientId;
  private final String clientSecret;
  private final String signingKey;
  private final Map<String, Instant> tokens = new HashMap<>();
  private Clock clock = Clock.systemUTC();
  private Duration tokenLifetime = Duration.ofMinutes(30);
  private Duration timestampTolerance = Duration.ofMinutes(5);
  private int issued;

  SimAuth(String clientId, String clientSecret, String signingKey) {
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.signingKey = signingKey;
  }

  void clock(Clock clock) {
    this.clock = clock;
  }

  void tokenLifetime(Duration lifetime) {
    this.tokenLifetime = lifetime;
  }

  void timestampTolerance(Duration tolerance) {
    this.timestampTolerance = tolerance;
  }

  void revokeAll() {
    tokens.clear();
  }

  /** {@code POST /oauth2/token}: form-encoded client credentials in the body. */
  SimReply token(byte[] body) {
    Map<String, String> form = parseForm(new String(body, StandardCharsets.UTF_8));
    if (!"client_credentials".equals(form.get("grant_type"))) {
      return oauthError(400, "unsupported_grant_type");
    }
    if (!Crypto.constantTimeEquals(clientId, form.get("client_id"))
        || !Crypto.constantTimeEquals(clientSecret, form.get("client_secret"))) {
      return oauthError(401, "invalid_client");
    }
    issued++;
    String token = "sim-token-" + issued;
    tokens.put(token, clock.instant().plus(tokenLifetime));
    ObjectNode reply = SimReply.object();
    reply.put("access_token", token);
    reply.put("expires_in", tokenLifetime.toSeconds());
    reply.put("scope", "dg_disbursement:write dg_inquiry:write pg_get_payment:read");
    reply.put("token_type", "Bearer");
    return SimReply.ok(reply);
  }

  /**
   * @return null if the request is authentic, else the 401 to send
   */
  SimReply check(String method, String path, HttpUrl url, Headers headers, byte[] body) {
    String authorization = headers.get("Authorization");
    if (authorization == null || !authorization.startsWith("Bearer ")) {
      return SimReply.plain(401, "Unauthenticated.");
    }
    String token = authorization.substring("Bearer ".length());
    Instant expiresAt = tokens.get(token);
    if (expiresAt == null || !clock.instant().isBefore(expiresAt)) {
      return SimReply.plain(401, "Unauthenticated.");
    }
    String timestamp = headers.get("X-Odeo-Timestamp");
    String signature = headers.get("X-Odeo-Signature");
    if (timestamp == null || signature == null || !timestamp.matches("[0-9]{1,12}")) {
      return SimReply.plain(401, "Invalid signature");
    }
    if (timestampTolerance != null
        && Math.abs(clock.instant().getEpochSecond() - Long.parseLong(timestamp))
            > timestampTolerance.toSeconds()) {
      return SimReply.plain(401, "Invalid signature");
    }
    String expected = SimSignature.expected(method, path, SimSignature.canonicalQuery(url), token,
        timestamp, body, signingKey);
    if (!Crypto.constantTimeEquals(expected, signature)) {
      return SimReply.plain(401, "Invalid signature");
    }
    return null;
  }

  private static SimReply oauthError(int status, String error) {
    ObjectNode reply = SimReply.object();
    reply.put("error", error);
    reply.put("message", "Client authentication failed");
    return new SimReply(status, reply.toString());
  }

  private static Map<String, String> parseForm(String form) {
    Map<String, String> fields = new HashMap<>();
    for (String pair : form.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return fields;
  }
}
