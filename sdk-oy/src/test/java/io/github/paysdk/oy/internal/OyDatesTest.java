package io.github.paysdk.oy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

/** Every date format of spec section 7.2, in its zone. */
class OyDatesTest {
  private static final ZoneOffset UTC = ZoneOffset.UTC;

  @Test
  void accountInquiryTimestampsAreIsoWithoutOffsetInUtc() {
    assertThat(OyDates.parse("2020-11-19T17:01:17", UTC))
        .isEqualTo(Instant.parse("2020-11-19T17:01:17Z"));
  }

  @Test
  void disbursementAndBalanceTimestampsAreDayFirstInUtc() {
    assertThat(OyDates.parse("16-10-2019 10:23:42", UTC))
        .isEqualTo(Instant.parse("2019-10-16T10:23:42Z"));
  }

  @Test
  void vaTimesAreEpochMillisAndMinusOneMeansNever() {
    assertThat(OyDates.parse("1582783668175", UTC)).isEqualTo(Instant.ofEpochMilli(1582783668175L));
    assertThat(OyDates.parse("-1", UTC)).isNull();
  }

  @Test
  void vaHistoryAndPaymentLinkTimesAcceptSpaceOrTInWib() {
    assertThat(OyDates.parse("2020-02-27 07:48:01", OyDates.WIB))
        .isEqualTo(Instant.parse("2020-02-27T00:48:01Z"));
    assertThat(OyDates.parse("2020-09-29T20:57:41", OyDates.WIB))
        .isEqualTo(Instant.parse("2020-09-29T13:57:41Z"));
  }

  @Test
  void vaCallbackTimesCarryTheirOwnOffset() {
    assertThat(OyDates.parse("31/01/2020T01:01:01.000+0000", OyDates.WIB))
        .isEqualTo(Instant.parse("2020-01-31T01:01:01Z"));
    assertThat(OyDates.parse("01/02/2020T15:00:00.000+0700", UTC))
        .isEqualTo(Instant.parse("2020-02-01T08:00:00Z"));
  }

  @Test
  void arDatesAreWibMidnightsAsEpochMillisOrStrings() {
    assertThat(OyDates.parseWibDate("1671555600000")).isEqualTo(LocalDate.of(2022, 12, 21));
    assertThat(OyDates.parseWibDate("2022-12-21")).isEqualTo(LocalDate.of(2022, 12, 21));
    assertThat(OyDates.parse("2022-12-25 12:58:01", OyDates.WIB))
        .isEqualTo(Instant.ofEpochMilli(1671947881000L));
  }

  @Test
  void blanksAreNullAndGarbageIsRejected() {
    assertThat(OyDates.parse("", UTC)).isNull();
    assertThat(OyDates.parse(null, UTC)).isNull();
    assertThatThrownBy(() -> OyDates.parse("yesterday", UTC))
        .isInstanceOf(DateTimeParseException.class);
    assertThatThrownBy(() -> OyDates.parse("31-02-2020 10:00:00", UTC))
        .isInstanceOf(DateTimeParseException.class);
  }
}
