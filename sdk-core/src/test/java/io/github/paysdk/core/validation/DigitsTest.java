package io.github.paysdk.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link Digits#only} accepts exactly what {@code [0-9]{min,max}} accepts. */
class DigitsTest {

  @Test
  void agreesWithTheEquivalentPattern() {
    List<String> samples = List.of("", "0", "12", "123", "1234", "12345", "123456789012", "1234567890123456789",
        "12345678901234567890", "12a4", "12 4", " 123", "123\n", "-123", "+123", "\u0661\u0662\u0663",
        "\uff11\uff12\uff13", "1\u00b23", "0000");
    int[][] ranges = {{0, 0}, {1, 1}, {3, 4}, {4, 4}, {12, 19}, {0, 20}};
    for (int[] range : ranges) {
      Pattern pattern = Pattern.compile("[0-9]{" + range[0] + "," + range[1] + "}");
      for (String sample : samples) {
        assertThat(Digits.only(sample, range[0], range[1])).as("%s in %d..%d", sample, range[0], range[1])
            .isEqualTo(pattern.matcher(sample).matches());
      }
    }
  }
}
