package io.github.paysdk.reliability.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The audit itself finds what it is meant to find, so a clean result means something. */
class LeakAuditTest {
  record Leaky(String token) {}

  record Holder(List<Optional<Leaky>> inner, Map<String, Object> more) {}

  static final class Wrapper {
    private final Holder holder;

    Wrapper(Holder holder) {
      this.holder = holder;
    }

    @Override
    public String toString() {
      return "Wrapper[****]";
    }
  }

  @Test
  void findsASecretPrintedByAnObjectReachableOnlyThroughPrivateFieldsAndContainers() {
    LeakAudit audit = new LeakAudit().secret("token", "tok-abcdef-123")
        .objects("client", new Wrapper(new Holder(List.of(Optional.of(new Leaky("tok-abcdef-123"))), Map.of())));

    assertThat(audit.findings()).isNotEmpty().allMatch(f -> f.startsWith("token in client toString"));
  }

  @Test
  void findsABasicCredentialInBase64AndACvvNextToItsName() {
    String base64 = Base64.getEncoder().encodeToString("user:pass-word-1".getBytes(StandardCharsets.UTF_8));
    LeakAudit audit = new LeakAudit().basic("user", "pass-word-1").cvv("739")
        .text("log", "Authorization: Basic " + base64)
        .text("log", "{\"cvv\":\"739\"}")
        .text("log", "amount 739 EUR");

    assertThat(audit.findings()).containsExactly("Basic credential (Base64) in log", "CVV in log");
  }

  @Test
  void findsACardNumberDeepInACauseChainAndGroupedForms() {
    LeakAudit audit = new LeakAudit().card("4111111111111111")
        .exception("call", new IllegalStateException("outer",
            new RuntimeException("inner", new RuntimeException("pan 4111 1111 1111 1111"))))
        .text("log", "4111-1111-1111-1111");

    assertThat(audit.findings()).contains("card number (grouped) in call exception RuntimeException",
        "card number (dashed) in log");
  }

  @Test
  void findsValuesKnownOnlyByTheirShapeAndHarvestsNothingFromHarmlessText() {
    LeakAudit audit = new LeakAudit().pattern("issued token", "sim-token-\\d")
        .text("log", "Bearer sim-token-7").text("log", "GET /balance -> 200");

    assertThat(audit.findings()).containsExactly("issued token in log");
    assertThat(audit.valueCount()).isEqualTo(1);
  }
}
