package io.github.paysdk.odero.internal;

import static io.github.paysdk.core.text.Ascii.isAscii;

import io.github.paysdk.core.auth.RequestSigner;
import io.github.paysdk.core.auth.Secret;
import io.github.paysdk.core.crypto.Crypto;
import io.github.paysdk.core.http.OutgoingRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Signs every attempt the way the TokenPay platform checks it: headers {@code x-api-key}, a fresh
 * {@code x-rnd-key}, {@code x-auth-version: v1} and {@code x-signature} =
 * Base64(SHA-256(URL-decoded full URL + apiKey + secretKey + rnd + body bytes)), over the exact URL and body
 * bytes of the attempt.
 */
public final class OderoSigner implements RequestSigner {
  /** The API key header. */
  public static final String API_KEY = "x-api-key";
  /** The per-request random key header. */
  public static final String RND_KEY = "x-rnd-key";
  /** The auth version header. */
  public static final String AUTH_VERSION = "x-auth-version";
  /** The signature header. */
  public static final String SIGNATURE = "x-signature";

  private final Secret apiKey;
  private final Secret secretKey;
  private final Supplier<String> randomKeys;

  /**
   * @param apiKey the merchant API key
   * @param secretKey the merchant secret key
   * @param randomKeys a new random key for each attempt (normally random UUIDs)
   */
  public OderoSigner(Secret apiKey, Secret secretKey, Supplier<String> randomKeys) {
    this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
    this.secretKey = Objects.requireNonNull(secretKey, "secretKey");
    this.randomKeys = Objects.requireNonNull(randomKeys, "randomKeys");
  }

  /**
   * @param apiKey the merchant API key
   * @param secretKey the merchant secret key
   * @return a signer using a random UUID per attempt
   */
  public static OderoSigner withRandomUuids(Secret apiKey, Secret secretKey) {
    return new OderoSigner(apiKey, secretKey, () -> UUID.randomUUID().toString());
  }

  @Override
  public void sign(OutgoingRequest request) {
    String rnd = randomKeys.get();
    request.header(API_KEY, apiKey.reveal());
    request.header(RND_KEY, rnd);
    request.header(AUTH_VERSION, "v1");
    request.header(SIGNATURE, signature(request.url().toString(), apiKey.reveal(), secretKey.reveal(),
        rnd, request.body()));
  }

  /**
   * The platform's signature.
   *
   * @param url the full URL as sent, query included (still encoded; it is decoded here)
   * @param apiKey the API key
   * @param secretKey the secret key
   * @param rnd the random key sent in {@code x-rnd-key}
   * @param body the exact body bytes sent; empty or null for none
   * @return the standard, padded Base64 of the SHA-256 digest
   */
  public static String signature(String url, String apiKey, String secretKey, String rnd, byte[] body) {
    byte[] prefix = prefix(decode(url), apiKey, secretKey, rnd);
    // Hashed one after the other: the body is not copied into a concatenation.
    return Crypto.base64(body == null ? Crypto.sha256(prefix) : Crypto.sha256(prefix, body));
  }

  /** URL-decodes; without {@code %} or {@code +} a URL decodes to itself and no buffer is made. */
  private static String decode(String url) {
    boolean plain = url.indexOf('%') < 0 && url.indexOf('+') < 0;
    return plain ? url : URLDecoder.decode(url, StandardCharsets.UTF_8);
  }

  /**
   * The UTF-8 bytes of {@code url + apiKey + secretKey + rnd}: written straight into one array when all
   * four are ASCII (the usual case), without the concatenated string.
   */
  private static byte[] prefix(String url, String apiKey, String secretKey, String rnd) {
    if (!isAscii(url) || !isAscii(apiKey) || !isAscii(secretKey) || !isAscii(rnd)) {
      return Crypto.utf8(url + apiKey + secretKey + rnd);
    }
    byte[] out = new byte[url.length() + apiKey.length() + secretKey.length() + rnd.length()];
    int at = put(url, out, 0);
    at = put(apiKey, out, at);
    at = put(secretKey, out, at);
    put(rnd, out, at);
    return out;
  }

  private static int put(String ascii, byte[] out, int at) {
    for (int i = 0; i < ascii.length(); i++) {
      out[at + i] = (byte) ascii.charAt(i);
    }
    return at + ascii.length();
  }

  @Override
  public String toString() {
    return "OderoSigner[apiKey=****, secretKey=****]";
  }
}
