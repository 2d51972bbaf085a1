package io.github.paysdk.odeonpay.payments;

/**
 * The Timezones dictionary of {@code /payments/list}: the names OdeonPay accepts, with the offsets its doc
 * states (static offsets; e.g. Australia/Sydney's +11 is its summer offset). Any other name can be sent
 * with {@link PaymentService#list(java.time.LocalDate, String)}.
 */
public enum ListTimezone {
  /** GMT-11. */
  PACIFIC_SAMOA("Pacific/Samoa"),
  /** GMT-10. */
  US_HAWAII("US/Hawaii"),
  /** GMT-09. */
  US_ALASKA("US/Alaska"),
  /** GMT-08. */
  AMERICA_LOS_ANGELES("America/Los_Angeles"),
  /** GMT-07. */
  US_ARIZONA("US/Arizona"),
  /** GMT-06. */
  AMERICA_MEXICO_CITY("America/Mexico_City"),
  /** GMT-05. */
  US_EAST_INDIANA("US/East-Indiana"),
  /** GMT-04. */
  ATLANTIC_BERMUDA("Atlantic/Bermuda"),
  /** GMT-03. */
  AMERICA_SANTIAGO("America/Santiago"),
  /** GMT-02. */
  AMERICA_NORONHA("America/Noronha"),
  /** GMT-01. */
  ATLANTIC_AZORES("Atlantic/Azores"),
  /** GMT+00. */
  EUROPE_LONDON("Europe/London"),
  /** GMT+01. */
  EUROPE_PARIS("Europe/Paris"),
  /** GMT+02. */
  EUROPE_RIGA("Europe/Riga"),
  /** GMT+03. */
  EUROPE_MOSCOW("Europe/Moscow"),
  /** GMT+04. */
  ASIA_TBILISI("Asia/Tbilisi"),
  /** GMT+05. */
  ASIA_YEKATERINBURG("Asia/Yekaterinburg"),
  /** GMT+06. */
  ASIA_OMSK("Asia/Omsk"),
  /** GMT+07. */
  ASIA_TOMSK("Asia/Tomsk"),
  /** GMT+08 (a legacy alias, not Area/City). */
  SINGAPORE("Singapore"),
  /** GMT+09. */
  ASIA_CHITA("Asia/Chita"),
  /** GMT+10. */
  ASIA_VLADIVOSTOK("Asia/Vladivostok"),
  /** GMT+11. */
  AUSTRALIA_SYDNEY("Australia/Sydney");

  private final String wireName;

  ListTimezone(String wireName) {
    this.wireName = wireName;
  }

  /** @return the name as sent, e.g. {@code Europe/Moscow} */
  public String wireName() {
    return wireName;
  }
}
