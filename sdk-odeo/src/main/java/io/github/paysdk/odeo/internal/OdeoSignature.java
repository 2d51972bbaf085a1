package io.github.paysdk.odeo.internal;

import io.github.paysdk.core.crypto.Crypto;
import io.github.paysdk.core.crypto.HmacSha256;

/**
 * Odeo's request signature: {@code Base64(HMAC-SHA256(signingKey, METHOD:PATH:QUERY:TOKEN:TIMESTAMP:
 * Base64(SHA-256(body))))}. The same algorithm signs API requests and, with an empty token, callbacks.
 */
public final class OdeoSignature {
  private OdeoSignature() {}

  /**
   * @param method the upper-case HTTP method
   * @param path the path, starting with {@code /}, as formatted (not percent-encoded)
   * @param canonicalQuery the canonical query (see {@link CanonicalQuery}); empty for none
   * @param accessToken the bearer token; empty for callbacks
   * @param timestamp epoch seconds, the value of {@code X-Odeo-Timestamp}
   * @param body the exact body bytes; empty for none
   * @return the string that is signed (contains the token: never log it)
   */
  public static String stringToSign(String method, String path, String canonicalQuery,
      String accessToken, long timestamp, byte[] body) {
    return method + ":" + path + ":" + canonicalQuery + ":" + accessToken + ":" + timestamp + ":"
        + Crypto.base64(Crypto.sha256(body));
  }

  /**
   * @param method the upper-case HTTP method
   * @param path the path, starting with {@code /}, as formatted (not percent-encoded)
   * @param canonicalQuery the canonical query; empty for none
   * @param accessToken the bearer token; empty for callbacks
   * @param timestamp epoch seconds
   * @param body the exact body bytes; empty for none
   * @param signingKey the merchant's signing key (its UTF-8 bytes are the HMAC key)
   * @return the Base64 signature, the value of {@code X-Odeo-Signature}
   */
  public static String sign(String method, String path, String canonicalQuery, String accessToken,
      long timestamp, byte[] body, String signingKey) {
    return sign(method, path, canonicalQuery, accessToken, timestamp, body,
        HmacSha256.keyed(Crypto.utf8(signingKey)));
  }

  /**
   * @param method the upper-case HTTP method
   * @param path the path, starting with {@code /}, as formatted (not percent-encoded)
   * @param canonicalQuery the canonical query; empty for none
   * @param accessToken the bearer token; empty for callbacks
   * @param timestamp epoch seconds
   * @param body the exact body bytes; empty for none
   * @param signingKey the HMAC keyed with the merchant's signing key (its UTF-8 bytes)
   * @return the Base64 signature, the value of {@code X-Odeo-Signature}
   */
  public static String sign(String method, String path, String canonicalQuery, String accessToken,
      long timestamp, byte[] body, HmacSha256 signingKey) {
    String message = stringToSign(method, path, canonicalQuery, accessToken, timestamp, body);
    return Crypto.base64(signingKey.compute(Crypto.utf8(message)));
  }
}
