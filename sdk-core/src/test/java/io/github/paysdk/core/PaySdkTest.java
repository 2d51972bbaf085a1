package io.github.paysdk.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PaySdkTest {
  @Test
  void versionComesFromTheBuild() {
    assertThat(PaySdk.VERSION).isNotBlank().isNotEqualTo("unknown").doesNotContain("${");
  }

  @Test
  void userAgentNamesSdkVersionAndProvider() {
    assertThat(PaySdk.userAgent("odeo")).isEqualTo("paysdk-java/" + PaySdk.VERSION + " (odeo)");
  }
}
