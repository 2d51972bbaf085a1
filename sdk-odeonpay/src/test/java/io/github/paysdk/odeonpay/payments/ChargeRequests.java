package io.github.paysdk.odeonpay.payments;

import io.github.paysdk.odeonpay.model.PayerData;
import java.time.LocalDate;

/** The doc's charge request example as a builder. */
final class ChargeRequests {
  private ChargeRequests() {}

  static ChargeRequest.Builder docExample() {
    return ChargeRequest.builder()
        .amount("40.11")
        .currency("EUR")
        .name("John Doe")
        .invoiceId("927829")
        .description("Payment for products")
        .accountId("john@doe.com")
        .ip("10.20.30.40")
        .card(Card.of("4242424242424242", "123", 12, 2049))
        .browserData(BrowserData.builder()
            .colorDepth(24)
            .javaEnabled(false)
            .screen(800, 600)
            .language("en_US")
            .acceptHeader("text/html,application/xhtml+xml,application/xml")
            .timeZoneOffset(120)
            .userAgent("AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0")
            .build())
        .payer(PayerData.builder()
            .countryCode("UK")
            .city("London")
            .address("Wall Street 15")
            .postcode("12384")
            .phone("441632960909")
            .state("")
            .birthDate(LocalDate.of(1980, 4, 25))
            .firstName("John")
            .lastName("Doe")
            .build());
  }
}
