package io.github.paysdk.oy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.paysdk.core.error.ValidationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class OyValidationTest {
  /** The rule as it was written before the hand-written check replaced the matcher. */
  private static final Pattern BANK_CODE = Pattern.compile("[0-9]{3}[A-Za-z]?|[a-z_]{3,32}");
  private static final String BANK_RULE =
      "recipientBank must be an OY bank code: 3 digits (e.g. \"014\") or an e-wallet code (e.g. \"ovo\")";

  @Test
  void bankCodeAcceptsExactlyWhatTheRegexAccepts() {
    List<String> values = new ArrayList<>(List.of("014", "112S", "112s", "ovo", "shopee_pay", "_ab",
        "abc", "ab", "0140", "14", "01", "014SS", "01a", "0145", "OVO", "Ovo", "ov0", "ov-o", " 014",
        "014 ", "", "a".repeat(32), "a".repeat(33), "_".repeat(3), "014_", "\u0661\u0662\u0663",
        "01\u00e9", "ov\u00f6", "\uD835\uDC00bc", "o\uD83D\uDE00o", "01\u0000", "[a-"));
    Random random = new Random(8);
    String alphabet = "09azAZ_-5m \u00e9";
    for (int i = 0; i < 5_000; i++) {
      StringBuilder value = new StringBuilder();
      for (int n = random.nextInt(6); n > 0; n--) {
        value.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      values.add(value.toString());
    }
    for (String value : values) {
      assertThat(OyValidation.isBankCode(value)).as(value).isEqualTo(BANK_CODE.matcher(value).matches());
    }
  }

  @Test
  void bankCodeErrorsNameTheFieldAndTheRule() {
    assertThat(OyValidation.bankCode("014", "recipientBank")).isEqualTo("014");
    assertThatThrownBy(() -> OyValidation.bankCode(null, "recipientBank"))
        .isInstanceOf(ValidationException.class).hasMessage("recipientBank is required");
    assertThatThrownBy(() -> OyValidation.bankCode("14", "recipientBank"))
        .isInstanceOf(ValidationException.class).hasMessage(BANK_RULE);
  }

  @Test
  void wholeRupiahChecksInTheSameOrderWithTheSameMessages() {
    assertThat(OyValidation.wholeRupiah(BigDecimal.valueOf(125_000), 10_000, "amount"))
        .isEqualTo(125_000);
    assertThat(OyValidation.wholeRupiah(new BigDecimal("10000.00"), 10_000, "amount"))
        .isEqualTo(10_000);
    assertThat(OyValidation.wholeRupiah(new BigDecimal("1E+4"), 10_000, "amount")).isEqualTo(10_000);
    assertThat(OyValidation.wholeRupiah(BigDecimal.valueOf(Long.MAX_VALUE), 100, "amount"))
        .isEqualTo(Long.MAX_VALUE);
    assertRejected(null, 100, "amount is required");
    assertRejected(new BigDecimal("10000.5"), 100, "amount must be a whole number of rupiah");
    assertRejected(new BigDecimal("5.5"), 10_000, "amount must be a whole number of rupiah");
    assertRejected(new BigDecimal("9999"), 10_000, "amount must be at least 10000");
    assertRejected(new BigDecimal("99.000"), 100, "amount must be at least 100");
    assertRejected(new BigDecimal("-1E+3"), 100, "amount must be at least 100");
    assertRejected(BigDecimal.valueOf(Long.MAX_VALUE).add(BigDecimal.ONE), 100, "amount is too large");
    assertRejected(new BigDecimal("1E+19"), 100, "amount is too large");
  }

  private static void assertRejected(BigDecimal value, long min, String message) {
    assertThatThrownBy(() -> OyValidation.wholeRupiah(value, min, "amount"))
        .isInstanceOf(ValidationException.class).hasMessage(message);
  }
}
