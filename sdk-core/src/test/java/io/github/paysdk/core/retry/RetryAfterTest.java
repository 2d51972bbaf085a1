package io.github.paysdk.core.retry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
  private final Clock clock = Clock.fixed(Instant.parse("2026-11-21T08:00:00Z"), ZoneOffset.UTC);

  @Test
  void parsesDeltaSeconds() {
    assertThat(RetryAfter.parse("7", clock)).isEqualTo(Duration.ofSeconds(7));
    assertThat(RetryAfter.parse(" 0 ", clock)).isEqualTo(Duration.ZERO);
  }

  @Test
  void parsesHttpDateRelativeToClock() {
    assertThat(RetryAfter.parse("Sat, 21 Nov 2026 08:00:30 GMT", clock))
        .isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void dateInThePastMeansNoWait() {
    assertThat(RetryAfter.parse("Sat, 21 Nov 2026 07:00:00 GMT", clock)).isEqualTo(Duration.ZERO);
  }

  @Test
  void absentOrGarbageIsNull() {
    assertThat(RetryAfter.parse(null, clock)).isNull();
    assertThat(RetryAfter.parse("", clock)).isNull();
    assertThat(RetryAfter.parse("soon", clock)).isNull();
  }
}
