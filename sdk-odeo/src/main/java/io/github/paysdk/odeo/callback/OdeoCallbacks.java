package io.github.paysdk.odeo.callback;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.paysdk.core.auth.Secret;
import io.github.paysdk.core.crypto.Crypto;
import io.github.paysdk.core.error.SignatureVerificationException;
import io.github.paysdk.core.json.JsonCodec;
import io.github.paysdk.core.validation.Validate;
import io.github.paysdk.odeo.internal.OdeoSignature;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;

/**
 * Verifies and parses the callbacks Odeo sends to your callback URL. Odeo signs them like API requests,
 * with an empty access token: {@code X-Odeo-Signature = Base64(HMAC-SHA256(signingKey,
 * "POST:/your/path:::" + X-Odeo-Timestamp + ":" + Base64(SHA-256(rawBody))))}. Pass the raw body bytes
 * exactly as received, never a re-serialized object. The signature is compared in constant time and the
 * timestamp must be within {@link Builder#maxTimestampSkew(Duration)} of the clock (5 minutes by
 * default). Thread-safe.
 *
 * <pre>{@code
 * OdeoCallback callback = odeo.callbacks().parse("POST", "/callbacks/odeo",
 *     request.getHeader("X-Odeo-Timestamp"), request.getHeader("X-Odeo-Signature"), rawBody);
 * if (callback instanceof VaInquiryCallback inquiry) { ... inquiry.vaCode() ... }
 * }</pre>
 */
public final class OdeoCallbacks {
  /** The default tolerance between the callback's timestamp and the clock. */
  public static final Duration DEFAULT_MAX_SKEW = Duration.ofMinutes(5);

  private static final JsonCodec CODEC = JsonCodec.standard();
  private final Secret signingKey;
  private final Clock clock;
  private final Duration maxSkew;

  private OdeoCallbacks(Builder builder) {
    this.signingKey = builder.signingKey;
    this.clock = builder.clock;
    this.maxSkew = builder.maxSkew;
  }

  /** @return a builder; the signing key is required */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Checks a callback's signature and timestamp.
   *
   * @param method the callback's HTTP method, normally {@code POST}
   * @param path the path of your callback URL as Odeo called it, starting with {@code /}, without the
   *     host, port or query
   * @param timestamp the {@code X-Odeo-Timestamp} header
   * @param signature the {@code X-Odeo-Signature} header
   * @param rawBody the request body bytes exactly as received
   * @throws SignatureVerificationException if a header is missing, the signature does not match, or
   *     the timestamp is outside the allowed skew
   */
  public void verify(String method, String path, String timestamp, String signature, byte[] rawBody) {
    Validate.notBlank(method, "method");
    Validate.notBlank(path, "path");
    Validate.check(path.startsWith("/"), "path", "must start with '/'");
    Objects.requireNonNull(rawBody, "rawBody");
    if (timestamp == null || timestamp.isBlank()) {
      throw new SignatureVerificationException("Missing X-Odeo-Timestamp header");
    }
    if (signature == null || signature.isBlank()) {
      throw new SignatureVerificationException("Missing X-Odeo-Signature header");
    }
    long seconds;
    try {
      seconds = Long.parseLong(timestamp.trim());
    } catch (NumberFormatException e) {
      throw new SignatureVerificationException("X-Odeo-Timestamp is not epoch seconds");
    }
    byte[] received;
    try {
      received = Base64.getDecoder().decode(signature.trim());
    } catch (IllegalArgumentException e) {
      throw new SignatureVerificationException("X-Odeo-Signature is not Base64");
    }
    String expected = OdeoSignature.sign(method.toUpperCase(java.util.Locale.ROOT), path, "", "",
        seconds, rawBody, signingKey.reveal());
    if (!Crypto.constantTimeEquals(Base64.getDecoder().decode(expected), received)) {
      throw new SignatureVerificationException("X-Odeo-Signature does not match the callback");
    }
    if (maxSkew != null) {
      long skew = secondsBetween(clock.instant().getEpochSecond(), seconds);
      if (skew > maxSkew.toSeconds()) {
        throw new SignatureVerificationException("X-Odeo-Timestamp is " + skew
            + " s away from the clock; at most " + maxSkew.toSeconds() + " s is accepted");
      }
    }
  }

  /** The distance between two epoch-second values; {@link Long#MAX_VALUE} where it does not fit a long. */
  private static long secondsBetween(long a, long b) {
    try {
      return Math.absExact(Math.subtractExact(a, b));
    } catch (ArithmeticException tooFar) {
      return Long.MAX_VALUE;
    }
  }

  /**
   * Verifies a callback, then parses it.
   *
   * @param method the callback's HTTP method, normally {@code POST}
   * @param path the path of your callback URL, starting with {@code /}
   * @param timestamp the {@code X-Odeo-Timestamp} header
   * @param signature the {@code X-Odeo-Signature} header
   * @param rawBody the request body bytes exactly as received
   * @return the callback: {@link VaInquiryCallback} or {@link UnknownCallback}
   * @throws SignatureVerificationException if verification fails
   * @throws io.github.paysdk.core.error.MalformedPayloadException if the verified body is not a JSON
   *     object
   */
  public OdeoCallback parse(
      String method, String path, String timestamp, String signature, byte[] rawBody) {
    verify(method, path, timestamp, signature, rawBody);
    JsonNode tree = CODEC.readPayloadTree(rawBody);
    if (!tree.isObject()) {
      throw new io.github.paysdk.core.error.MalformedPayloadException(
          "Callback payload is not a JSON object", null);
    }
    JsonNode type = tree.get("notify_type");
    String notifyType = type == null || type.isNull() ? null : type.asText();
    if (VaInquiryCallback.NOTIFY_TYPE.equals(notifyType)) {
      return CODEC.readPayload(rawBody, VaInquiryCallback.class);
    }
    return new UnknownCallback(notifyType, new String(rawBody, StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "OdeoCallbacks[maxSkew=" + maxSkew + "]";
  }

  /** Builds {@link OdeoCallbacks}. */
  public static final class Builder {
    private Secret signingKey;
    private Clock clock = Clock.systemUTC();
    private Duration maxSkew = DEFAULT_MAX_SKEW;

    private Builder() {}

    /**
     * @param signingKey the signing key Odeo issued (the same one that signs your API requests)
     * @return this builder
     */
    public Builder signingKey(String signingKey) {
      this.signingKey = signingKey == null ? null : Secret.of(signingKey);
      return this;
    }

    /**
     * @param clock the clock timestamps are checked against
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * @param maxSkew the largest accepted distance between {@code X-Odeo-Timestamp} and the clock, in
     *     either direction (Odeo does not publish its own tolerance)
     * @return this builder
     */
    public Builder maxTimestampSkew(Duration maxSkew) {
      Objects.requireNonNull(maxSkew, "maxSkew");
      if (maxSkew.isNegative()) {
        throw new IllegalArgumentException("maxSkew must not be negative");
      }
      this.maxSkew = maxSkew;
      return this;
    }

    /**
     * Accepts any timestamp (the signature is still checked). Replays then go unnoticed: prefer a
     * generous {@link #maxTimestampSkew(Duration)}.
     *
     * @return this builder
     */
    public Builder disableTimestampCheck() {
      this.maxSkew = null;
      return this;
    }

    /**
     * @return the verifier
     * @throws io.github.paysdk.core.error.ValidationException if the signing key is missing or blank
     */
    public OdeoCallbacks build() {
      Validate.check(signingKey != null && !signingKey.isBlank(), "signingKey", "must not be blank");
      return new OdeoCallbacks(this);
    }
  }
}
