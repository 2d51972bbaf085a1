package io.github.paysdk.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PlainDecimalSerializerTest {
  record Amounts(BigDecimal amount, List<BigDecimal> more) {}

  private final ObjectMapper standard = JsonMappers.create();
  private final ObjectMapper withSerializer = JsonMappers.builder()
      .addModule(new SimpleModule().addSerializer(BigDecimal.class, new PlainDecimalSerializer()))
      .build();

  private static final String[] EDGES = {
      "0", "0.00", "-0.00", "1", "-1", "40.11", "100.00", "12.30", "0.000001", "0.0000001", "-0.0000001",
      "1E+3", "1.0E+3", "-4.2E+10", "1E-7", "123456789012345678901234567890.123456789", "1E-10000",
      "1E+10000", "0E-7", "0E+3", "0.1000000", "99999999999999999999.99"};

  @Test
  void writesTheSameBytesAsThePlainGenerator() throws Exception {
    List<BigDecimal> values = new ArrayList<>();
    for (String edge : EDGES) {
      values.add(new BigDecimal(edge));
    }
    Random random = new Random(8);
    for (int i = 0; i < 2_000; i++) {
      values.add(new BigDecimal(new BigInteger(random.nextInt(90) + 1, random), random.nextInt(40) - 12));
    }
    for (BigDecimal value : values) {
      String expected = written(standard, value);
      assertThat(written(withSerializer, value)).as(value.toString()).isEqualTo(expected);
      value.toString(); // the text toString() keeps must not change what is written next time
      assertThat(written(withSerializer, value)).as(value.toString()).isEqualTo(expected);
    }
    assertThat(withSerializer.writeValueAsString(new Amounts(null, null)))
        .isEqualTo(standard.writeValueAsString(new Amounts(null, null)));
  }

  @Test
  void quotesLikeTheGeneratorWhenNumbersAreWrittenAsStrings() throws Exception {
    ObjectMapper quoting = withSerializer.copy().enable(JsonGenerator.Feature.WRITE_NUMBERS_AS_STRINGS);
    ObjectMapper quotingStandard = standard.copy().enable(JsonGenerator.Feature.WRITE_NUMBERS_AS_STRINGS);
    for (String edge : new String[] {"40.11", "1E+3", "0.0000001"}) {
      BigDecimal value = new BigDecimal(edge);
      assertThat(written(quoting, value)).isEqualTo(written(quotingStandard, value));
    }
  }

  @Test
  void knowsWhenToStringIsPlain() {
    assertThat(PlainDecimalSerializer.toStringIsPlain(new BigDecimal("40.11"))).isTrue();
    assertThat(PlainDecimalSerializer.toStringIsPlain(new BigDecimal("0.000001"))).isTrue();
    assertThat(PlainDecimalSerializer.toStringIsPlain(new BigDecimal("0.0000001"))).isFalse();
    assertThat(PlainDecimalSerializer.toStringIsPlain(new BigDecimal("1E+3"))).isFalse();
  }

  private static String written(ObjectMapper mapper, BigDecimal value) throws Exception {
    try {
      return mapper.writeValueAsString(new Amounts(value, List.of(value, value.negate())));
    } catch (Exception e) {
      return "fails: " + e.getClass().getName();
    }
  }
}
