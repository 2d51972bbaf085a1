package io.github.paysdk.core.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The hashing and encoding primitives the providers' signers are built from. Thread-safe. */
public final class Crypto {
  private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
  private static final MessageDigest SHA_256 = newSha256();

  private Crypto() {}

  /**
   * @param key the HMAC key bytes
   * @param message the message bytes
   * @return HMAC-SHA256 of the message (32 bytes)
   */
  public static byte[] hmacSha256(byte[] key, byte[] message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(message);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
    }
  }

  /**
   * For a key used more than once (a signer's), prefer {@link HmacSha256#keyed(byte[])}.
   *
   * @param key the HMAC key bytes
   * @return an HMAC-SHA256 keyed once with them
   */
  public static HmacSha256 hmacSha256(byte[] key) {
    return HmacSha256.keyed(key);
  }

  /**
   * @param key the HMAC key, used as its UTF-8 bytes
   * @param message the message, used as its UTF-8 bytes
   * @return HMAC-SHA256 of the message (32 bytes)
   */
  public static byte[] hmacSha256(String key, String message) {
    return hmacSha256(utf8(key), utf8(message));
  }

  /**
   * @param data the bytes to hash
   * @return SHA-256 of the data (32 bytes)
   */
  public static byte[] sha256(byte[] data) {
    return sha256Digest().digest(data);
  }

  /**
   * SHA-256 of two byte sequences one after the other, without concatenating them.
   *
   * @param first the first bytes
   * @param second the bytes that follow
   * @return SHA-256 of {@code first || second} (32 bytes)
   */
  public static byte[] sha256(byte[] first, byte[] second) {
    MessageDigest digest = sha256Digest();
    digest.update(first);
    return digest.digest(second);
  }

  /** A fresh SHA-256 digest: a copy of a prototype, cheaper than a provider lookup per call. */
  private static MessageDigest sha256Digest() {
    try {
      return (MessageDigest) SHA_256.clone();
    } catch (CloneNotSupportedException e) {
      return newSha256();
    }
  }

  private static MessageDigest newSha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is not available in this JVM", e);
    }
  }

  /**
   * @param data bytes
   * @return standard Base64 (RFC 4648, {@code +/}, padded, no line breaks)
   */
  public static String base64(byte[] data) {
    return Base64.getEncoder().encodeToString(data);
  }

  /**
   * @param data bytes
   * @return lower-case hex
   */
  public static String hex(byte[] data) {
    return new String(hexAscii(data), StandardCharsets.US_ASCII);
  }

  /**
   * @param data bytes
   * @return lower-case hex as ASCII bytes, for a signature that hashes or encodes the hex text itself
   */
  public static byte[] hexAscii(byte[] data) {
    byte[] out = new byte[data.length * 2];
    for (int i = 0; i < data.length; i++) {
      out[2 * i] = HEX[(data[i] >> 4) & 0xF];
      out[2 * i + 1] = HEX[data[i] & 0xF];
    }
    return out;
  }

  /**
   * @param text a string
   * @return its UTF-8 bytes
   */
  public static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Compares two byte arrays in time that does not depend on where they differ.
   *
   * @param a one value, may be null
   * @param b the other, may be null
   * @return true if both are non-null and equal
   */
  public static boolean constantTimeEquals(byte[] a, byte[] b) {
    if (a == null || b == null) {
      return false;
    }
    return MessageDigest.isEqual(a, b);
  }

  /**
   * Compares two strings (as UTF-8) in time that does not depend on where they differ.
   *
   * @param a one value, may be null
   * @param b the other, may be null
   * @return true if both are non-null and equal
   */
  public static boolean constantTimeEquals(String a, String b) {
    if (a == null || b == null) {
      return false;
    }
    return MessageDigest.isEqual(utf8(a), utf8(b));
  }
}
