package io.github.paysdk.testing.odeonpay;

import io.github.paysdk.core.crypto.Crypto;
import java.nio.charset.StandardCharsets;

/**
 * The simulator's own {@code Content-HMAC}: Base64 of the ASCII lower-case hex HMAC-SHA256 of the body.
 * Written here from core's primitives, independently of the SDK's signer, so the simulator checks it.
 */
final class OdeonPayHmac {
  private OdeonPayHmac() {}

  static String of(String key, byte[] body) {
    byte[] digest = Crypto.hmacSha256(key.getBytes(StandardCharsets.UTF_8), body);
    return Crypto.base64(Crypto.hex(digest).getBytes(StandardCharsets.US_ASCII));
  }

  static boolean matches(String key, byte[] body, String header) {
    return header != null && Crypto.constantTimeEquals(of(key, body), header);
  }
}
