package io.github.paysdk.odeonpay.internal;

import io.github.paysdk.core.crypto.Crypto;
import io.github.paysdk.core.crypto.HmacSha256;

/**
 * OdeonPay's {@code Content-HMAC} value: Base64 of the ASCII lower-case hex HMAC-SHA256 of the exact body
 * bytes (what PHP's {@code base64_encode(hash_hmac('sha256', $body, $key))} prints). Always 88 characters.
 * Requests are signed with the signature key, notifications with the API secret.
 */
public final class ContentHmac {
  /** The header that carries the value. */
  public static final String HEADER = "Content-HMAC";

  private ContentHmac() {}

  /**
   * @param key the key, used as its UTF-8 bytes
   * @param body the exact body bytes
   * @return the header value
   */
  public static String compute(String key, byte[] body) {
    return compute(HmacSha256.keyed(Crypto.utf8(key)), body);
  }

  /**
   * @param key the HMAC keyed with the key's UTF-8 bytes
   * @param body the exact body bytes
   * @return the header value
   */
  public static String compute(HmacSha256 key, byte[] body) {
    return Crypto.base64(Crypto.hexAscii(key.compute(body)));
  }

  /**
   * Compares in constant time.
   *
   * @param key the key
   * @param body the exact body bytes received
   * @param received the header value received, may be null
   * @return whether it is the value for this body and key
   */
  public static boolean matches(String key, byte[] body, String received) {
    if (received == null) {
      return false;
    }
    return Crypto.constantTimeEquals(compute(key, body), received.trim());
  }
}
