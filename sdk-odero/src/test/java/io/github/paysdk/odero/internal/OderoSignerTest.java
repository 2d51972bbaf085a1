package io.github.paysdk.odero.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paysdk.core.auth.Secret;
import io.github.paysdk.core.http.ApiRequest;
import io.github.paysdk.core.http.HttpMethod;
import io.github.paysdk.core.http.OutgoingRequest;
import java.nio.charset.StandardCharsets;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class OderoSignerTest {

  private static String sign(String url, String apiKey, String secret, String rnd, String body) {
    return OderoSigner.signature(url, apiKey, secret, rnd,
        body == null ? null : body.getBytes(StandardCharsets.UTF_8));
  }

  /** The six official vectors of spec §A.3 (TokenPay and Craftgate clients, Odero docs). */
  @Nested
  class OfficialVectors {
    private static final String BUYER_BODY = "{\"email\":\"haluk.demir@example.com\",\"name\":\"Haluk\","
        + "\"surname\":\"Demir\",\"gsmNumber\":\"905551111111\",\"identityNumber\":\"11111111110\","
        + "\"buyerExternalId\":\"ext-1511\"}";

    @Test
    void tokenPayClientWithBody() {
      assertThat(sign("http://api-gateway.tokenpay.com.tr/onboarding/v1/buyers", "api-key", "secret-key",
          "rand-2010", BUYER_BODY)).isEqualTo("JaiELeQK7vZ4lJDb9uOWYVIYAm0h5dwJgFjDc5eV4Y4=");
    }

    @Test
    void tokenPayClientWithoutBody() {
      assertThat(sign("http://api-gateway.tokenpay.com.tr/onboarding/v1/buyers", "api-key", "secret-key",
          "rand-2010", null)).isEqualTo("yRf3Cblvjp9tfHtR9NWSmZpV91HibpzXJt88ndEWxik=");
    }

    @Test
    void craftgateClientWithBody() {
      assertThat(sign("http://api.craftgate.io/onboarding/v1/members", "api-key", "secret-key",
          "rand-2010", "{\"memberExternalId\":\"ext-1511\",\"name\":\"Haluk Demir\","
              + "\"email\":\"haluk.demir@example.com\",\"phoneNumber\":\"905551111111\"}"))
          .isEqualTo("Tj0mkbp+WLBwLhS65CjX708PGCl9hD9rlT6n6Zgcyi8=");
    }

    @Test
    void craftgateClientWithoutBody() {
      assertThat(sign("http://api.craftgate.io/onboarding/v1/members", "api-key", "secret-key",
          "rand-2010", null)).isEqualTo("lecLrGZXo5u+Oq3V33vIqtbLU2fopbiH78kq6wjWNDQ=");
    }

    /** The docs print an oderopay.com.tr URL but computed the value on the tokenpay.com.tr host. */
    @Test
    void oderoDocsWithoutBody() {
      assertThat(sign("https://api-gateway.tokenpay.com.tr/onboarding/v1/sub-merchants/1", "key-1",
          "FooBar123!", "Xa15Fp11T", null)).isEqualTo("L/F2ZAoh/agXZpIulNhdGOFZ+d5jS1097uP6rh11vSo=");
      assertThat(sign("https://api-gateway.oderopay.com.tr/onboarding/v1/sub-merchants/1", "key-1",
          "FooBar123!", "Xa15Fp11T", null)).isEqualTo("S/XXWpXn1aO4Pv93OsnNZnKnKzU8+W5Pho3hUPOs6Pw=");
    }

    @Test
    void oderoDocsWithBody() {
      String body = "{\"email\":\"haluk.demir@example.com\",\"name\":\"Haluk\",\"surname\":\"Demir\","
          + "\"gsmNumber\":\"905551111111\",\"identityNumber\":\"11111111110\","
          + "\"buyerExternalId\":\"0ac49f08-f2a9-4326-a4d8-f6c1b01596fb\"}";
      assertThat(sign("https://api-gateway.tokenpay.com.tr/onboarding/v1/buyers", "key-1", "FooBar123!",
          "Xa15Fp11T", body)).isEqualTo("IrWQTiSFBKCSM/nGZZ9xgn9PcTBXC0YsujIBzmuZ9Vs=");
      assertThat(sign("https://api-gateway.oderopay.com.tr/onboarding/v1/buyers", "key-1", "FooBar123!",
          "Xa15Fp11T", body)).isEqualTo("hLHmbVXHV/PlM243AEZY48fy7ibhN9EGgyFESjtmlx0=");
    }
  }

  /** The four vectors of spec §A.4, through the signer as the transport calls it. */
  @Nested
  class SpecVectors {
    private final OderoSigner signer = new OderoSigner(Secret.of("sandbox-az-api-key-1"),
        Secret.of("sandbox-az-secret-1"), () -> "5f0c2a4e-8b1d-4c3e-9f7a-2d6b1e0c9a88");

    private OutgoingRequest signed(HttpMethod method, String url, String body) {
      ApiRequest.Builder request = ApiRequest.builder(method, "/unused");
      if (body != null) {
        request.body(body.getBytes(StandardCharsets.UTF_8), "application/json");
      }
      OutgoingRequest outgoing = OutgoingRequest.of(request.build(), HttpUrl.get(url));
      signer.sign(outgoing);
      return outgoing;
    }

    @Test
    void v1RetrievePayment() {
      OutgoingRequest r = signed(HttpMethod.GET,
          "https://sbx-api-gateway.odero.az/payment-reporting/v1/payments/100042", null);
      assertThat(r.header("x-signature")).isEqualTo("yd83vBgGg5q51m+9CgqTjpk/oaQXH4RKimsqXs2uUek=");
      assertThat(r.header("x-api-key")).isEqualTo("sandbox-az-api-key-1");
      assertThat(r.header("x-rnd-key")).isEqualTo("5f0c2a4e-8b1d-4c3e-9f7a-2d6b1e0c9a88");
      assertThat(r.header("x-auth-version")).isEqualTo("v1");
    }

    @Test
    void v2SearchSignsTheDecodedQuery() {
      OutgoingRequest r = signed(HttpMethod.GET, "https://sbx-api-gateway.odero.az/payment-reporting/v1/"
          + "payments?page=0&size=10&conversationId=order%2042&paymentStatus=SUCCESS&", null);
      assertThat(r.header("x-signature")).isEqualTo("msDZul436lX61JzPnswgWsSUsGE7U33YyZCxiSNvUEA=");
    }

    @Test
    void v3RefundWithBody() {
      OutgoingRequest r = signed(HttpMethod.POST, "https://sbx-api-gateway.odero.az/payment/v1/refunds",
          "{\"paymentId\":100042,\"conversationId\":\"order-42\",\"refundDestinationType\":\"CARD\"}");
      assertThat(r.header("x-signature")).isEqualTo("oaCqbCEWZG4W4Kiss2h7NsD7329TTS4ISHxaB7n83UQ=");
    }

    @Test
    void v4ThreeDsCompleteOnProduction() {
      OutgoingRequest r = signed(HttpMethod.POST,
          "https://api-gateway.odero.az/payment/v1/card-payments/3ds-complete", "{\"paymentId\":100042}");
      assertThat(r.header("x-signature")).isEqualTo("cop4VPszlS0IRfNUGhaZ8yOEk9tJWQi4Ucr+qXI6Ug8=");
    }
  }

  @Test
  void eachAttemptGetsAFreshRandomKey() {
    OderoSigner signer = OderoSigner.withRandomUuids(Secret.of("k"), Secret.of("s"));
    ApiRequest request = ApiRequest.builder(HttpMethod.GET, "/x").build();
    OutgoingRequest first = OutgoingRequest.of(request, HttpUrl.get("https://h/x"));
    OutgoingRequest second = OutgoingRequest.of(request, HttpUrl.get("https://h/x"));
    signer.sign(first);
    signer.sign(second);
    assertThat(first.header("x-rnd-key")).isNotEqualTo(second.header("x-rnd-key"));
    assertThat(first.header("x-signature")).isNotEqualTo(second.header("x-signature"));
  }

  @Test
  void plusAndPercentTwentyBothDecodeToASpaceLikeJavaUrlDecoder() {
    String encoded = sign("https://h/p?q=a%20b", "k", "s", "r", null);
    assertThat(sign("https://h/p?q=a+b", "k", "s", "r", null)).isEqualTo(encoded);
    assertThat(encoded).isEqualTo(sign("https://h/p?q=a b", "k", "s", "r", null));
  }

  /** The platform's formula written out the plain way, to compare the signer's byte-level path with. */
  private static String reference(String url, String apiKey, String secret, String rnd, String body)
      throws Exception {
    java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
    digest.update((java.net.URLDecoder.decode(url, StandardCharsets.UTF_8) + apiKey + secret + rnd)
        .getBytes(StandardCharsets.UTF_8));
    if (body != null) {
      digest.update(body.getBytes(StandardCharsets.UTF_8));
    }
    return java.util.Base64.getEncoder().encodeToString(digest.digest());
  }

  @Test
  void asciiAndNonAsciiPartsSignAsTheirConcatenatedUtf8Bytes() throws Exception {
    String[][] cases = {
        {"https://h/p/1", "k", "s", "r", null},
        {"https://h/p/1", "k", "s", "r", ""},
        {"https://h/p?q=a%20b&x=%C3%A7", "k", "s", "r", "{}"},
        {"https://h/p?q=a+b", "k", "s", "r", null},
        {"https://h/%E2%82%AC", "k", "s", "r", null},
        {"https://h/p/\u00e7", "k", "s", "r", "{\"a\":\"\u20ac\"}"},
        {"https://h/p", "kl\u00fc", "s", "r", null},
        {"https://h/p", "k", "secret-\u00df-\ud83d\ude00", "r", "{}"},
        {"https://h/p", "k", "s", "r\u0131", null},
        {"https://h/p", "", "", "", null},
    };
    for (String[] c : cases) {
      assertThat(sign(c[0], c[1], c[2], c[3], c[4])).as(String.join(" | ", c[0], c[1], c[3]))
          .isEqualTo(reference(c[0], c[1], c[2], c[3], c[4]));
    }
  }

  @Test
  void toStringHidesTheKeys() {
    assertThat(OderoSigner.withRandomUuids(Secret.of("my-api-key"), Secret.of("my-secret")).toString())
        .doesNotContain("my-api-key").doesNotContain("my-secret");
  }
}
