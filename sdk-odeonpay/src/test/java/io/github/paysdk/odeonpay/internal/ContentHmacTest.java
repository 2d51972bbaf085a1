package io.github.paysdk.odeonpay.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Content-HMAC vectors. Expected values were computed outside the SDK with
 * {@code python3 -c 'import hmac,hashlib,base64; ...'} and {@code openssl dgst -sha256 -hmac KEY | base64};
 * the first is the output printed in OdeonPay's own PHP example.
 */
class ContentHmacTest {
  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void reproducesTheDocsPhpExample() {
    assertThat(ContentHmac.compute("1234ABCD", utf8("{\"transactionId\":512,\"amount\":30.45,\"currency\":\"EUR\"}")))
        .isEqualTo("MzVkMzBlMTdmMmVkNGJkNjFhMzFmNTdhODU0ZGQwZTYwZGU5MDg5MDRiODYyMTAzZmI0ZDAzMjRiMWJmNmM3Mw==");
  }

  @Test
  void isBase64OfLowerCaseHexNotOfTheRawDigest() {
    String value = ContentHmac.compute("1234ABCD",
        utf8("{\"transactionId\":512,\"amount\":30.45,\"currency\":\"EUR\"}"));
    assertThat(value).hasSize(88).endsWith("==")
        .isNotEqualTo("NdMOF/LtS9YaMfV6hU3Q5g3pCJBLhiED+00DJLG/bHM=")
        .isNotEqualTo("MzVEMzBFMTdGMkVENEJENjFBMzFGNTdBODU0REQwRTYwREU5MDg5MDRCODYyMTAzRkI0RDAzMjRCMUJGNkM3Mw==");
  }

  @Test
  void statusBodyVector() {
    assertThat(ContentHmac.compute("sk_test_signature_key_42", utf8("{\"transactionId\":144221}")))
        .isEqualTo("NzkyMGViNzE4OWQ4OTRmMzMyN2E4YmUzNDk3MGRlYzRjOWJmZDk0NmMyMjgxNzI5NTE5MmU5Y2Y1YzgwNWNkOA==");
  }

  @Test
  void refundBodyVector() {
    assertThat(ContentHmac.compute("sk_test_signature_key_42", utf8("{\"transactionId\":524,\"amount\":13.34}")))
        .isEqualTo("YjMyM2UzNjc1MzZkZThhNWNjZDhiOGQzZGEwYzkwZDVkYTQ4Y2QwZjc5MzUyOTdiOGM2NzgwZmJhNGEzZjQ4YQ==");
  }

  @Test
  void emptyBodyVector() {
    assertThat(ContentHmac.compute("my-signature-key", new byte[0]))
        .isEqualTo("MGFmMjI2YWUwOGE3YzY2ZDUxYmUzMzA2OTcxY2JmZTcxZmM0N2ZmYzU0MmViNGU1YTRjYmY1OWYyZTE4ZDdmYw==");
  }

  @Test
  void matchesAcceptsOnlyTheExactValue() {
    byte[] body = utf8("{\"transactionId\":144221}");
    String good = "NzkyMGViNzE4OWQ4OTRmMzMyN2E4YmUzNDk3MGRlYzRjOWJmZDk0NmMyMjgxNzI5NTE5MmU5Y2Y1YzgwNWNkOA==";
    assertThat(ContentHmac.matches("sk_test_signature_key_42", body, good)).isTrue();
    assertThat(ContentHmac.matches("sk_test_signature_key_42", utf8("{\"transactionId\":144222}"), good))
        .isFalse();
    assertThat(ContentHmac.matches("other-key", body, good)).isFalse();
    assertThat(ContentHmac.matches("sk_test_signature_key_42", body, null)).isFalse();
  }
}
