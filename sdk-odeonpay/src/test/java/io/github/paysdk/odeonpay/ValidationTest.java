package io.github.paysdk.odeonpay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.paysdk.core.error.ValidationException;
import io.github.paysdk.odeonpay.apm.ApmPayoutRequest;
import io.github.paysdk.odeonpay.checkout.HostedRedirect;
import io.github.paysdk.odeonpay.checkout.PaymentLinkRequest;
import io.github.paysdk.odeonpay.payments.Card;
import io.github.paysdk.odeonpay.payments.ChargeRequest;
import io.github.paysdk.odeonpay.payouts.CardPayoutRequest;
import io.github.paysdk.odeonpay.payouts.TokenPayoutRequest;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Bad input fails before any request, naming the field and the rule, never echoing card data. */
class ValidationTest extends OdeonPayServerTest {

  private static ChargeRequest.Builder validCharge() {
    return ChargeRequest.builder()
        .amount("10.00").currency("EUR").name("John Doe").description("Payment").ip("10.0.0.1")
        .card(Card.of("4242424242424242", "123", 12, 2049));
  }

  @AfterEach
  void nothingWasSent() {
    assertThat(server.getRequestCount()).isZero();
  }

  private static ValidationException rejected(ThrowingCallable call, String field) {
    ValidationException e = catchThrowableOfType(ValidationException.class, call);
    assertThat(e).as("rejected").isNotNull();
    assertThat(e.field()).isEqualTo(field);
    assertThat(e).hasMessageStartingWith(field + " ");
    return e;
  }

  @Test
  void chargeRequiresItsFields() {
    rejected(() -> client.payments().charge(validCharge().amount((BigDecimal) null).build()), "amount");
    rejected(() -> client.payments().charge(validCharge().currency(" ").build()), "currency");
    rejected(() -> client.payments().charge(validCharge().name(null).build()), "name");
    rejected(() -> client.payments().charge(validCharge().description("").build()), "description");
    rejected(() -> client.payments().charge(validCharge().card(null).build()), "card");
    rejected(() -> client.payments().charge(validCharge().ip(null).build()), "ip");
  }

  @Test
  void chargeRejectsNegativeAndZeroAmounts() {
    assertThat(rejected(() -> validCharge().amount("-1.00").build(), "amount"))
        .hasMessage("amount must be greater than 0");
    rejected(() -> validCharge().amount("0").build(), "amount");
  }

  @Test
  void cardNumberMustPassLuhnAndTheMessageDoesNotEchoIt() {
    ValidationException e = rejected(() -> Card.of("4242424242424241", "123", 12, 2049), "card.pan");
    assertThat(e).hasMessageContaining("Luhn").hasMessageNotContaining("4242424242424241");
    rejected(() -> Card.of("4242-4242-4242-4242", "123", 12, 2049), "card.pan");
    rejected(() -> Card.of("42424242", "123", 12, 2049), "card.pan");
    rejected(() -> Card.of(null, "123", 12, 2049), "card.pan");
  }

  @Test
  void luhnAcceptsTheDocsTestCards() {
    assertThat(Card.of("4111111111111111", "123", 12, 2049).maskedPan()).isEqualTo("411111******1111");
    assertThat(Card.of("4200000000000000", "333", 12, 2049).maskedPan()).isEqualTo("420000******0000");
  }

  @Test
  void cvvMustBeThreeOrFourDigitsAndIsNotEchoed() {
    assertThat(rejected(() -> Card.of("4242424242424242", "12", 12, 2049), "card.cvv"))
        .hasMessageNotContaining("12 ");
    rejected(() -> Card.of("4242424242424242", "12a", 12, 2049), "card.cvv");
  }

  @Test
  void expiryInThePastOrOutOfRangeIsRejected() {
    assertThat(rejected(() -> Card.of("4242424242424242", "123", 12, 2024), "card.expiry"))
        .hasMessage("card.expiry is in the past");
    YearMonth lastMonth = YearMonth.now(ZoneOffset.UTC).minusMonths(2);
    rejected(() -> Card.of("4242424242424242", "123", lastMonth.getMonthValue(), lastMonth.getYear()),
        "card.expiry");
    rejected(() -> Card.of("4242424242424242", "123", 13, 2049), "card.expiry");
    rejected(() -> Card.of("4242424242424242", "123", 12, 49), "card.expiry");
    YearMonth nextYear = YearMonth.now(ZoneOffset.UTC).plusYears(1);
    assertThat(Card.of("4242424242424242", "123", nextYear.getMonthValue(), nextYear.getYear())).isNotNull();
  }

  @Test
  void payoutsValidateBeforeSending() {
    rejected(() -> client.payouts().toCard(CardPayoutRequest.builder().pan("4111111111111112").name("J")
        .amount("1").currency("EUR").build()), "pan");
    rejected(() -> client.payouts().toCard(CardPayoutRequest.builder().pan("4111111111111111").name("J")
        .amount("-5").currency("EUR").build()), "amount");
    rejected(() -> client.payouts().byToken(TokenPayoutRequest.builder().amount("1").accountId("a@b.c")
        .currency("EUR").build()), "token");
    rejected(() -> client.apm().payout(ApmPayoutRequest.builder().amount("1").currency("EUR").build()), "data");
  }

  @Test
  void refundsAndReadsValidateBeforeSending() {
    rejected(() -> client.payments().refund(524, new BigDecimal("-13.34")), "amount");
    rejected(() -> client.payments().refund(0), "transactionId");
    rejected(() -> client.payments().status(-1), "transactionId");
    rejected(() -> client.payments().statusByInvoice(" "), "invoiceId");
    rejected(() -> client.payments().post3ds(529, ""), "paRes");
    rejected(() -> client.apm().refund(8432820, BigDecimal.ZERO), "amount");
    rejected(() -> client.payments().list(null), "date");
  }

  @Test
  void linksValidateBeforeSending() {
    rejected(() -> client.checkout().paymentLink(PaymentLinkRequest.builder().amount("1").currency("USD")
        .description("d").build()), "accountId");
    rejected(() -> HostedRedirect.builder().amount("1").description("d").currency("EUR").successUrl("s")
        .failureUrl("f").pendingUrl("p").build(), "cancelUrl");
  }

  @Test
  void clientRequiresCredentials() {
    rejected(() -> OdeonPayClient.builder().apiSecret("s").build(), "publicId");
    rejected(() -> OdeonPayClient.builder().publicId("p").build(), "apiSecret");
    rejected(() -> OdeonPayClient.builder().publicId("p").apiSecret(" ").build(), "apiSecret");
  }
}
