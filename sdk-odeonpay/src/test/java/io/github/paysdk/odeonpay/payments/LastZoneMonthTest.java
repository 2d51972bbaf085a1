package io.github.paysdk.odeonpay.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LastZoneMonthTest {
  private static final ZoneOffset LAST_ZONE = ZoneOffset.ofHours(-12);

  private static YearMonth byTheBook(long epochMillis) {
    return YearMonth.from(Instant.ofEpochMilli(epochMillis).atOffset(LAST_ZONE));
  }

  @Test
  void isTheMonthAtUtcMinus12AroundEveryBoundary() {
    long[] instants = {
        0L, -1L, 1L, 43_199_999L, 43_200_000L, 43_200_001L, -43_200_001L,
        OffsetDateTime.parse("2026-12-01T00:00:00-12:00").toInstant().toEpochMilli(),
        OffsetDateTime.parse("2026-11-30T23:59:59.999-12:00").toInstant().toEpochMilli(),
        OffsetDateTime.parse("2027-01-01T00:00:00-12:00").toInstant().toEpochMilli(),
        OffsetDateTime.parse("2028-03-01T00:00:00-12:00").toInstant().toEpochMilli() - 1,
        OffsetDateTime.parse("2026-11-01T11:59:59Z").toInstant().toEpochMilli(),
        OffsetDateTime.parse("2026-11-01T12:00:00Z").toInstant().toEpochMilli(),
        -86_400_000L * 400, 253_402_300_799_000L};
    for (long instant : instants) {
      assertThat(LastZoneMonth.at(instant)).as("at %d", instant).isEqualTo(byTheBook(instant));
    }
    // and again, going back and forth, so that the cached day is replaced every time
    for (int i = instants.length - 1; i >= 0; i--) {
      assertThat(LastZoneMonth.at(instants[i])).isEqualTo(byTheBook(instants[i]));
      assertThat(LastZoneMonth.at(0L)).isEqualTo(YearMonth.of(1969, 12));
    }
  }

  @Test
  void nowIsWhatYearMonthNowSays() {
    YearMonth before = YearMonth.now(LAST_ZONE);
    YearMonth now = LastZoneMonth.now();
    YearMonth after = YearMonth.now(LAST_ZONE);

    assertThat(now).isBetween(before, after);
  }
}
