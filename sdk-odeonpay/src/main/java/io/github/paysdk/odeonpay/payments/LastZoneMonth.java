package io.github.paysdk.odeonpay.payments;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The current month in the last zone on earth to enter a new one (UTC-12), which is what a card's expiry
 * is judged by: the value of {@code YearMonth.now(ZoneOffset.ofHours(-12))}, computed from the epoch
 * second without a clock, zone rules and dates per call, and kept for the day it was computed on.
 * Thread-safe.
 */
final class LastZoneMonth {
  private static final long OFFSET_SECONDS = -12 * 3600L;
  private static final long SECONDS_PER_DAY = 86_400L;
  private static volatile Day cached = new Day(Long.MIN_VALUE, YearMonth.of(1970, 1));

  private LastZoneMonth() {}

  /** @return the current month at UTC-12 */
  static YearMonth now() {
    return at(System.currentTimeMillis());
  }

  /**
   * @param epochMillis an instant, in milliseconds since the epoch
   * @return the month it is then at UTC-12
   */
  static YearMonth at(long epochMillis) {
    long epochDay = Math.floorDiv(Math.floorDiv(epochMillis, 1000L) + OFFSET_SECONDS, SECONDS_PER_DAY);
    Day day = cached;
    if (day.epochDay() != epochDay) {
      LocalDate date = LocalDate.ofEpochDay(epochDay);
      day = new Day(epochDay, YearMonth.of(date.getYear(), date.getMonth()));
      cached = day;
    }
    return day.month();
  }

  /**
   * @param epochDay the day at UTC-12
   * @param month its month
   */
  private record Day(long epochDay, YearMonth month) {}
}
