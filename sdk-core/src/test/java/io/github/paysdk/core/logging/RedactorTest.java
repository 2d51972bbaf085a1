package io.github.paysdk.core.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RedactorTest {
  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void jsonBodiesLoseSecretsCvvsAndFullCardNumbers() {
    String body = "{\"amount\":1000,\"card\":{\"pan\":\"4111111111111111\",\"cvv\":\"123\","
        + "\"holder\":\"Budi\"},\"client_secret\":\"s3cr3t\",\"note\":\"card 5555 4444 3333 1111\","
        + "\"access_token\":\"tok\",\"items\":[{\"cardNumber\":4000000000000002}]}";
    String logged = Redactor.body(utf8(body), "application/json");
    assertThat(logged)
        .doesNotContain("4111111111111111", "s3cr3t", "\"123\"", "tok\"", "5555 4444 3333 1111",
            "4000000000000002")
        .contains("\"amount\":1000", "\"holder\":\"Budi\"", "555544******1111");
  }

  @Test
  void formBodiesLoseSecrets() {
    String logged = Redactor.body(
        utf8("grant_type=client_credentials&client_id=abc&client_secret=xyz"),
        "application/x-www-form-urlencoded");
    assertThat(logged).isEqualTo(
        "grant_type=client_credentials&client_id=abc&client_secret=" + Redactor.MASK);
  }

  @Test
  void nonJsonBodiesAreNotLogged() {
    assertThat(Redactor.body(utf8("<html>4111111111111111</html>"), "text/html"))
        .isEqualTo("(29 bytes, not JSON, not logged)");
    assertThat(Redactor.body(new byte[0], null)).isEqualTo("(no body)");
  }

  @Test
  void onlyHarmlessHeadersAreShown() {
    assertThat(Redactor.header("Content-Type", "application/json")).isEqualTo("application/json");
    assertThat(Redactor.header("Authorization", "Bearer abc")).isEqualTo(Redactor.MASK);
    assertThat(Redactor.header("X-Odeo-Signature", "sig")).isEqualTo(Redactor.MASK);
    assertThat(Redactor.header("x-api-key", "k")).isEqualTo(Redactor.MASK);
  }

  @Test
  void cardNumbersShowFirstSixAndLastFourAtMost() {
    assertThat(Redactor.maskCardNumber("4111 1111 1111 1111")).isEqualTo("411111******1111");
    assertThat(Redactor.maskCardNumber("1234")).isEqualTo("****");
    assertThat(Redactor.cardNumbers("pan=4111111111111111;")).isEqualTo("pan=411111******1111;");
  }
}
