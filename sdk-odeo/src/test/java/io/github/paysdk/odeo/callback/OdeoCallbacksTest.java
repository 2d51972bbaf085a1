package io.github.paysdk.odeo.callback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.paysdk.core.error.MalformedPayloadException;
import io.github.paysdk.core.error.SignatureVerificationException;
import io.github.paysdk.odeo.internal.OdeoSignature;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Callback verification against spec vector V7 (§3.4): empty token, raw body, constant-time compare. */
class OdeoCallbacksTest {
  private static final String PATH = "/callbacks/odeo";
  private static final String TIMESTAMP = "1700000123";
  private static final String SIGNATURE = "7UZtxib+/ti4NVEBR91t3T8luOnKv5xR8BfXhXhj3ts=";
  private static final byte[] BODY =
      "{\"notify_type\":\"va_inquiry\",\"va_code\":\"8991000012345678\"}".getBytes(StandardCharsets.UTF_8);

  private static OdeoCallbacks at(long epochSecond) {
    return OdeoCallbacks.builder().signingKey("demo-signing-key")
        .clock(Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC)).build();
  }

  private final OdeoCallbacks callbacks = at(1700000123L + 30);

  @Test
  void validCallbackIsParsed() {
    OdeoCallback callback = callbacks.parse("POST", PATH, TIMESTAMP, SIGNATURE, BODY);

    assertThat(callback).isEqualTo(new VaInquiryCallback("va_inquiry", "8991000012345678"));
  }

  @Test
  void tamperedBodyIsRejected() {
    byte[] tampered = new String(BODY, StandardCharsets.UTF_8).replace("5678", "5679")
        .getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> callbacks.verify("POST", PATH, TIMESTAMP, SIGNATURE, tampered))
        .isInstanceOf(SignatureVerificationException.class)
        .hasMessageNotContaining(SIGNATURE);
  }

  @Test
  void reserializedBodyIsRejected() {
    byte[] pretty = "{\"notify_type\": \"va_inquiry\", \"va_code\": \"8991000012345678\"}"
        .getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> callbacks.verify("POST", PATH, TIMESTAMP, SIGNATURE, pretty))
        .isInstanceOf(SignatureVerificationException.class);
  }

  @Test
  void tamperedSignatureIsRejected() {
    String tampered = "8" + SIGNATURE.substring(1);

    assertThatThrownBy(() -> callbacks.verify("POST", PATH, TIMESTAMP, tampered, BODY))
        .isInstanceOf(SignatureVerificationException.class)
        .hasMessage("X-Odeo-Signature does not match the callback");
  }

  @Test
  void signatureForAnotherPathIsRejected() {
    assertThatThrownBy(() -> callbacks.verify("POST", "/other", TIMESTAMP, SIGNATURE, BODY))
        .isInstanceOf(SignatureVerificationException.class);
  }

  @Test
  void staleTimestampIsRejectedEvenWithAValidSignature() {
    OdeoCallbacks later = at(1700000123L + 301);

    assertThatThrownBy(() -> later.verify("POST", PATH, TIMESTAMP, SIGNATURE, BODY))
        .isInstanceOf(SignatureVerificationException.class)
        .hasMessageContaining("301 s");
  }

  @Test
  void timestampWhoseDistanceFromTheClockOverflowsIsRejected() {
    long now = 1700000123L;
    long signedAt = now + Long.MIN_VALUE; // now - signedAt wraps to Long.MIN_VALUE, whose abs is negative
    String signature = OdeoSignature.sign("POST", PATH, "", "", signedAt, BODY, "demo-signing-key");

    assertThatThrownBy(() -> at(now).verify("POST", PATH, Long.toString(signedAt), signature, BODY))
        .isInstanceOf(SignatureVerificationException.class)
        .hasMessageContaining("away from the clock");
    assertThatThrownBy(() -> at(now).verify("POST", PATH, Long.toString(Long.MAX_VALUE),
        OdeoSignature.sign("POST", PATH, "", "", Long.MAX_VALUE, BODY, "demo-signing-key"), BODY))
        .isInstanceOf(SignatureVerificationException.class);
  }

  @Test
  void timestampFromTheFutureBeyondTheSkewIsRejected() {
    OdeoCallbacks earlier = at(1700000123L - 301);

    assertThatThrownBy(() -> earlier.verify("POST", PATH, TIMESTAMP, SIGNATURE, BODY))
        .isInstanceOf(SignatureVerificationException.class);
  }

  @Test
  void skewIsConfigurableAndCanBeDisabled() {
    Clock muchLater = Clock.fixed(Instant.ofEpochSecond(1700000123L + 3600), ZoneOffset.UTC);

    OdeoCallbacks.builder().signingKey("demo-signing-key").clock(muchLater)
        .maxTimestampSkew(Duration.ofHours(2)).build().verify("POST", PATH, TIMESTAMP, SIGNATURE, BODY);
    OdeoCallbacks.builder().signingKey("demo-signing-key").clock(muchLater)
        .disableTimestampCheck().build().verify("POST", PATH, TIMESTAMP, SIGNATURE, BODY);
  }

  @Test
  void missingOrMalformedHeadersAreRejected() {
    assertThatThrownBy(() -> callbacks.verify("POST", PATH, null, SIGNATURE, BODY))
        .isInstanceOf(SignatureVerificationException.class).hasMessageContaining("X-Odeo-Timestamp");
    assertThatThrownBy(() -> callbacks.verify("POST", PATH, TIMESTAMP, "", BODY))
        .isInstanceOf(SignatureVerificationException.class).hasMessageContaining("X-Odeo-Signature");
    assertThatThrownBy(() -> callbacks.verify("POST", PATH, "soon", SIGNATURE, BODY))
        .isInstanceOf(SignatureVerificationException.class);
    assertThatThrownBy(() -> callbacks.verify("POST", PATH, TIMESTAMP, "not base64!", BODY))
        .isInstanceOf(SignatureVerificationException.class);
  }

  @Test
  void wrongKeyIsRejected() {
    OdeoCallbacks other = OdeoCallbacks.builder().signingKey("another-key")
        .clock(Clock.fixed(Instant.ofEpochSecond(1700000123L), ZoneOffset.UTC)).build();

    assertThatThrownBy(() -> other.verify("POST", PATH, TIMESTAMP, SIGNATURE, BODY))
        .isInstanceOf(SignatureVerificationException.class);
  }

  @Test
  void unknownNotifyTypeKeepsTheRawBody() {
    byte[] body = "{\"notify_type\":\"disbursement_status\",\"status\":50000}"
        .getBytes(StandardCharsets.UTF_8);
    String signature = io.github.paysdk.odeo.internal.OdeoSignature.sign("POST", PATH, "", "",
        1700000123L, body, "demo-signing-key");

    OdeoCallback callback = callbacks.parse("POST", PATH, TIMESTAMP, signature, body);

    assertThat(callback).isEqualTo(new UnknownCallback("disbursement_status",
        "{\"notify_type\":\"disbursement_status\",\"status\":50000}"));
  }

  @Test
  void verifiedButNonJsonBodyIsAMalformedPayload() {
    byte[] body = "not json".getBytes(StandardCharsets.UTF_8);
    String signature = io.github.paysdk.odeo.internal.OdeoSignature.sign("POST", PATH, "", "",
        1700000123L, body, "demo-signing-key");

    assertThatThrownBy(() -> callbacks.parse("POST", PATH, TIMESTAMP, signature, body))
        .isInstanceOf(MalformedPayloadException.class);
  }

  @Test
  void clientCallbacksUseTheClientsSigningKey() {
    try (io.github.paysdk.odeo.OdeoClient client = io.github.paysdk.odeo.OdeoClient.builder()
        .clientId("id").clientSecret("secret").signingKey("demo-signing-key")
        .clock(Clock.fixed(Instant.ofEpochSecond(1700000123L), ZoneOffset.UTC)).build()) {
      assertThat(client.callbacks().parse("POST", PATH, TIMESTAMP, SIGNATURE, BODY))
          .isInstanceOf(VaInquiryCallback.class);
    }
  }
}
