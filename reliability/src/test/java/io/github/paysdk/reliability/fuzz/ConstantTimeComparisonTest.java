package io.github.paysdk.reliability.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Signature comparisons must take the same time wherever the values differ. Timing cannot be asserted in a
 * unit test, so this reads the SDK's sources: each verifier compares through
 * {@code Crypto.constantTimeEquals}, which is {@code MessageDigest.isEqual}, and no provider module compares
 * a signature, HMAC or digest with {@code equals}.
 */
class ConstantTimeComparisonTest {
  private static final Path ROOT = Path.of("..");
  private static final List<String> PROVIDERS =
      List.of("sdk-odeo", "sdk-odeonpay", "sdk-oy", "sdk-odero", "sdk-momo");
  private static final Pattern VARIABLE_TIME_COMPARISON = Pattern.compile(
      "(?i)(signature|hmac|digest|\\bmac\\b|expected)[\\w.()]*\\s*\\.\\s*(equals|equalsIgnoreCase|contentEquals)\\s*\\("
          + "|(equals|equalsIgnoreCase)\\s*\\([^)]*(signature|hmac|digest|\\bmac\\b)"
          + "|Arrays\\s*\\.\\s*equals\\s*\\(");

  @Test
  void cryptoComparesWithMessageDigestIsEqual() throws IOException {
    String crypto = read("sdk-core/src/main/java/io/github/paysdk/core/crypto/Crypto.java");

    assertThat(crypto.split("MessageDigest\\.isEqual\\(", -1)).hasSize(3);
  }

  @Test
  void everyVerifierComparesThroughCryptoConstantTimeEquals() throws IOException {
    assertThat(read("sdk-odeo/src/main/java/io/github/paysdk/odeo/callback/OdeoCallbacks.java"))
        .contains("Crypto.constantTimeEquals(");
    assertThat(read("sdk-odeonpay/src/main/java/io/github/paysdk/odeonpay/internal/ContentHmac.java"))
        .contains("Crypto.constantTimeEquals(");
    assertThat(read("sdk-odeonpay/src/main/java/io/github/paysdk/odeonpay/notifications/OdeonPayNotifications.java"))
        .contains("ContentHmac.matches(");
  }

  @Test
  void noProviderComparesASignatureWithEquals() throws IOException {
    List<String> offenders = new ArrayList<>();
    for (String module : PROVIDERS) {
      try (Stream<Path> files = Files.walk(ROOT.resolve(module).resolve("src/main/java"))) {
        for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
          List<String> lines = Files.readAllLines(file);
          for (int i = 0; i < lines.size(); i++) {
            if (VARIABLE_TIME_COMPARISON.matcher(lines.get(i)).find()) {
              offenders.add(ROOT.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).trim());
            }
          }
        }
      }
    }

    assertThat(offenders).isEmpty();
  }

  @Test
  void theGuardWouldSeeAVariableTimeComparison() {
    assertThat(VARIABLE_TIME_COMPARISON.matcher("if (!expected.equals(signature)) {").find()).isTrue();
    assertThat(VARIABLE_TIME_COMPARISON.matcher("return Arrays.equals(mac, received);").find()).isTrue();
    assertThat(VARIABLE_TIME_COMPARISON.matcher("header.equalsIgnoreCase(computedHmac)").find()).isTrue();
    assertThat(VARIABLE_TIME_COMPARISON.matcher("Crypto.constantTimeEquals(expected, received)").find())
        .isFalse();
  }

  private static String read(String path) throws IOException {
    return Files.readString(ROOT.resolve(path));
  }
}
