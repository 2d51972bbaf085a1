package io.github.paysdk.reliability.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.paysdk.core.error.SignatureVerificationException;
import io.github.paysdk.core.testing.MutableClock;
import io.github.paysdk.odeo.callback.OdeoCallbacks;
import io.github.paysdk.odeo.callback.VaInquiryCallback;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * Odeo callbacks ({@code X-Odeo-Signature} over method, path, timestamp and body hash) signed here with the
 * JDK alone, independently of the SDK's signer: only the untouched callback, inside the time window, passes.
 */
class OdeoCallbackVerificationTest {
  private static final String KEY = "merchant-signing-key";
  private static final String PATH = "/callbacks/odeo";
  private static final long NOW = 1_700_000_000L;
  private static final byte[] BODY = utf8("{\"notify_type\":\"va_inquiry\",\"va_code\":\"8991000012345678\"}");

  private final MutableClock clock = new MutableClock(Instant.ofEpochSecond(NOW));
  private final OdeoCallbacks callbacks = OdeoCallbacks.builder().signingKey(KEY).clock(clock).build();

  @Test
  void untouchedCallbackIsAccepted() {
    assertThat(callbacks.parse("POST", PATH, ts(NOW), sign(KEY, PATH, NOW, BODY), BODY))
        .isEqualTo(new VaInquiryCallback("va_inquiry", "8991000012345678"));
  }

  @Test
  void tamperedBodyIsRejected() {
    byte[] tampered = BODY.clone();
    tampered[tampered.length - 3] ^= 1;

    assertRejected(ts(NOW), sign(KEY, PATH, NOW, BODY), tampered);
    assertRejected(ts(NOW), sign(KEY, PATH, NOW, BODY), utf8(new String(BODY, StandardCharsets.UTF_8) + " "));
  }

  @Test
  void tamperedSignatureIsRejected() {
    byte[] raw = Base64.getDecoder().decode(sign(KEY, PATH, NOW, BODY));
    for (int i = 0; i < raw.length; i += 7) {
      byte[] flipped = raw.clone();
      flipped[i] ^= 0x01;
      assertRejected(ts(NOW), Base64.getEncoder().encodeToString(flipped), BODY);
    }
    assertRejected(ts(NOW), Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(raw, 31)), BODY);
    assertRejected(ts(NOW), "not base64 at all!", BODY);
  }

  @Test
  void missingHeadersAreRejected() {
    String signature = sign(KEY, PATH, NOW, BODY);

    assertRejected(null, signature, BODY);
    assertRejected(" ", signature, BODY);
    assertRejected(ts(NOW), null, BODY);
    assertRejected(ts(NOW), "", BODY);
  }

  @Test
  void wrongKeyIsRejected() {
    assertRejected(ts(NOW), sign("another-merchants-key", PATH, NOW, BODY), BODY);
    assertRejected(ts(NOW), sign(KEY + " ", PATH, NOW, BODY), BODY);
  }

  @Test
  void signatureForAnotherPathOrTimestampIsRejected() {
    assertRejected(ts(NOW), sign(KEY, "/callbacks/other", NOW, BODY), BODY);
    assertRejected(ts(NOW + 1), sign(KEY, PATH, NOW, BODY), BODY);
  }

  @Test
  void staleOrFutureTimestampIsRejectedEvenWhenCorrectlySigned() {
    long stale = NOW - OdeoCallbacks.DEFAULT_MAX_SKEW.toSeconds() - 1;
    long future = NOW + OdeoCallbacks.DEFAULT_MAX_SKEW.toSeconds() + 1;

    assertRejected(ts(stale), sign(KEY, PATH, stale, BODY), BODY);
    assertRejected(ts(future), sign(KEY, PATH, future, BODY), BODY);
    assertRejected(ts(NOW + Long.MIN_VALUE), sign(KEY, PATH, NOW + Long.MIN_VALUE, BODY), BODY);
  }

  @Test
  void replayAfterTheWindowIsRejected() {
    String signature = sign(KEY, PATH, NOW, BODY);
    callbacks.verify("POST", PATH, ts(NOW), signature, BODY);

    clock.advance(Duration.ofMinutes(10));

    assertRejected(ts(NOW), signature, BODY);
  }

  private void assertRejected(String timestamp, String signature, byte[] body) {
    assertThatThrownBy(() -> callbacks.parse("POST", PATH, timestamp, signature, body))
        .isInstanceOf(SignatureVerificationException.class)
        .hasMessageNotContaining(KEY);
  }

  private static String ts(long seconds) {
    return Long.toString(seconds);
  }

  /** Odeo's callback signature, written out from the spec with the JDK's own primitives. */
  private static String sign(String key, String path, long timestamp, byte[] body) {
    try {
      String bodyHash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(body));
      String message = "POST:" + path + ":::" + timestamp + ":" + bodyHash;
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(utf8(key), "HmacSHA256"));
      return Base64.getEncoder().encodeToString(mac.doFinal(utf8(message)));
    } catch (java.security.GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
