package io.github.paysdk.momo.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.paysdk.core.error.ValidationException;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written MSISDN and currency checks accept exactly what the documented patterns accept. */
class MomoRulesTest {
  private static final Pattern MSISDN = Pattern.compile("[1-9][0-9]{7,14}");
  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

  @Test
  void msisdnCheckAgreesWithItsPattern() {
    List<String> samples = List.of("", "1", "1234567", "12345678", "123456789012345", "1234567890123456",
        "01234567", "91234567", "+12345678", "1234 5678", "1234-5678", "12345678a", "a12345678",
        "1234567\u0663", "\u06611234567", "\uff11234567890", "123456789\n", "9".repeat(15), "9".repeat(16),
        "10000000", "1000000000000000");
    for (String sample : samples) {
      assertThat(MomoRules.isMsisdn(sample)).as(sample).isEqualTo(MSISDN.matcher(sample).matches());
    }
  }

  @Test
  void currencyCheckAgreesWithItsPattern() {
    List<String> samples = List.of("", "E", "EU", "EUR", "EURO", "eur", "EuR", "E1R", "@UR", "EU[", "\u00c9UR",
        "EU\u212a", "AAA", "ZZZ", " EUR", "EUR ");
    for (String sample : samples) {
      assertThat(MomoRules.isCurrencyCode(sample)).as(sample).isEqualTo(CURRENCY.matcher(sample).matches());
    }
  }

  @Test
  void rejectionsKeepTheirMessages() {
    assertThatThrownBy(() -> MomoRules.currency(null, "currency"))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.field()).isEqualTo("currency");
          assertThat(e.getMessage()).contains("is required");
        });
    assertThatThrownBy(() -> MomoRules.currency("eur", "currency"))
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.getMessage()).contains("must be an ISO 4217 code of three upper-case letters"));
    assertThatThrownBy(() -> MomoRules.msisdn(" ", "msisdn"))
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.getMessage()).contains("must not be blank"));
    assertThatThrownBy(() -> MomoRules.msisdn("0772123456", "msisdn"))
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.getMessage()).contains("must be digits only with the country code"));
    assertThat(MomoRules.msisdn("256772123456", "msisdn")).isEqualTo("256772123456");
    assertThat(MomoRules.currency("EUR", "currency")).isEqualTo("EUR");
  }
}
