package io.github.paysdk.odeonpay;

import static org.assertj.core.api.Assertions.assertThat;

import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class ClientTest extends OdeonPayServerTest {

  @Test
  void testEndpointSendsBasicAuthAndContentHmacOfTheEmptyBody() throws Exception {
    enqueueFixture("test.json");

    assertThat(client.test()).isEqualTo("Test message success");

    RecordedRequest request = take();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/test");
    assertThat(request.getHeaders().get("Authorization")).isEqualTo(BASIC);
    assertThat(request.getBodySize()).isZero();
    assertThat(request.getHeaders().get("Content-HMAC")).isEqualTo(independentHmac(SIGNATURE_KEY, new byte[0]));
    assertThat(request.getHeaders().get("User-Agent")).startsWith("paysdk-java/").contains("odeonpay");
  }

  @Test
  void withoutASignatureKeyNoContentHmacIsSent() throws Exception {
    try (OdeonPayClient unsigned = clientBuilder().signatureKey((String) null).build()) {
      enqueueFixture("status.json");

      unsigned.payments().status(144221);

      RecordedRequest request = take();
      assertThat(request.getHeaders().get("Authorization")).isEqualTo(BASIC);
      assertThat(request.getHeaders().get("Content-HMAC")).isNull();
    }
  }

  @Test
  void defaultsToTheApiHost() {
    try (OdeonPayClient real = OdeonPayClient.builder().publicId("p").apiSecret("s").build()) {
      assertThat(real.toString()).contains("https://api.odeonpay.com/").doesNotContain("s}");
      assertThat(OdeonPayEnvironment.PRODUCTION.baseUrl()).isEqualTo("https://api.odeonpay.com");
    }
  }
}
