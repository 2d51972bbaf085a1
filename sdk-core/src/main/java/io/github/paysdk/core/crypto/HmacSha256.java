package io.github.paysdk.core.crypto;

import java.security.GeneralSecurityException;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 with one key, keyed once: each computation works on a clone of the keyed prototype, so the
 * provider lookup and the key setup are not repeated per request. Thread-safe (the prototype itself is
 * never updated). With a provider whose Mac cannot be cloned, each computation keys a new instance.
 */
public final class HmacSha256 {
  private static final String ALGORITHM = "HmacSHA256";
  private final SecretKeySpec key;
  private final Mac prototype;

  private HmacSha256(SecretKeySpec key, Mac prototype) {
    this.key = key;
    this.prototype = prototype;
  }

  /**
   * @param key the key bytes (copied)
   * @return an HMAC keyed with them
   */
  public static HmacSha256 keyed(byte[] key) {
    SecretKeySpec spec = new SecretKeySpec(Objects.requireNonNull(key, "key"), ALGORITHM);
    Mac mac = newMac(spec);
    try {
      mac.clone();
      return new HmacSha256(spec, mac);
    } catch (CloneNotSupportedException e) {
      return new HmacSha256(spec, null);
    }
  }

  /**
   * @param message the message bytes
   * @return HMAC-SHA256 of the message (32 bytes)
   */
  public byte[] compute(byte[] message) {
    return copy().doFinal(message);
  }

  private Mac copy() {
    if (prototype != null) {
      try {
        return (Mac) prototype.clone();
      } catch (CloneNotSupportedException e) {
        // checked in keyed(); fall through
      }
    }
    return newMac(key);
  }

  private static Mac newMac(SecretKeySpec key) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
    }
  }

  @Override
  public String toString() {
    return "HmacSha256[****]";
  }
}
