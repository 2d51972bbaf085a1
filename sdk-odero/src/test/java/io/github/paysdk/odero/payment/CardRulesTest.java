package io.github.paysdk.odero.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written expiry month check accepts exactly what {@code 0[1-9]|1[0-2]} accepts. */
class CardRulesTest {
  private static final Pattern MONTH = Pattern.compile("0[1-9]|1[0-2]");

  @Test
  void monthCheckAgreesWithItsPattern() {
    List<String> samples = List.of("", "0", "1", "00", "01", "07", "09", "10", "12", "13", "19", "20", "99",
        "001", "1 ", " 1", "1a", "\u0661\u0662", "\uff10\uff17", "-1", "+1");
    for (String sample : samples) {
      assertThat(Card.isMonth(sample)).as(sample).isEqualTo(MONTH.matcher(sample).matches());
    }
  }
}
