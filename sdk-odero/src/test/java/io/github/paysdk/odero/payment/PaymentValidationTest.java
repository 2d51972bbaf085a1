package io.github.paysdk.odero.payment;

import static io.github.paysdk.odero.payment.PaymentServiceTest.CARD_NUMBER;
import static io.github.paysdk.odero.payment.PaymentServiceTest.payment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.paysdk.core.error.ValidationException;
import io.github.paysdk.odero.MockOdero;
import io.github.paysdk.odero.model.Currency;
import io.github.paysdk.odero.model.PaymentGroup;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad input fails in the builders, before any request, naming the field and never showing card data. */
class PaymentValidationTest {
  private final MockOdero odero = new MockOdero();

  @AfterEach
  void noRequestWasSent() {
    assertThat(odero.server.getRequestCount()).isZero();
    odero.close();
  }

  private static void rejects(Supplier<?> build, String field) {
    ValidationException e = catchThrowableOfType(ValidationException.class, build::get);
    assertThat(e).as("expected a ValidationException for %s", field).isNotNull();
    assertThat(e.field()).isEqualTo(field);
    assertThat(e.getMessage()).startsWith(field + " ").doesNotContain(CARD_NUMBER);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-1", "-0.01"})
  void nonPositivePricesAreRejected(String amount) {
    BigDecimal value = new BigDecimal(amount);
    rejects(() -> payment().price(value).build(), "price");
    rejects(() -> payment().paidPrice(value).build(), "paidPrice");
    rejects(() -> PaymentItem.of("Book", value, "item-1"), "items.price");
    rejects(() -> odero.client.payments().postAuthPayment(1, value), "paidPrice");
    rejects(() -> InitCheckoutPaymentRequest.builder().price(value).paidPrice(BigDecimal.ONE)
        .currency(Currency.AZN).paymentGroup(PaymentGroup.PRODUCT).callbackUrl("https://x.example/cb")
        .build(), "price");
  }

  @Test
  void missingPricesAreRejected() {
    rejects(() -> payment().price(null).build(), "price");
    rejects(() -> payment().paidPrice(null).build(), "paidPrice");
  }

  @Test
  void negativeWalletPriceIsRejected() {
    rejects(() -> payment().walletPrice(new BigDecimal("-1")).build(), "walletPrice");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 4, 5, 7, 8, 10, 11, 13, 24, -1})
  void installmentOutsideTheAllowedSetIsRejected(int installment) {
    rejects(() -> payment().installment(installment).build(), "installment");
    rejects(() -> InitCheckoutPaymentRequest.builder().price(BigDecimal.ONE).paidPrice(BigDecimal.ONE)
        .currency(Currency.AZN).paymentGroup(PaymentGroup.PRODUCT).callbackUrl("https://x.example/cb")
        .installment(installment).build(), "installment");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 6, 9, 12})
  void allowedInstallmentsPass(int installment) {
    assertThat(payment().installment(installment).build().installment()).isEqualTo(installment);
  }

  @Test
  void threeDsNeedsACallbackUrl() {
    CreatePaymentRequest p = payment().build();
    rejects(() -> InitThreeDsPaymentRequest.of(p, null), "callbackUrl");
    rejects(() -> InitThreeDsPaymentRequest.of(p, " "), "callbackUrl");
    rejects(() -> InitThreeDsPaymentRequest.of(p, "/relative/callback"), "callbackUrl");
    rejects(() -> InitThreeDsPaymentRequest.of(p, "ftp://shop.example/cb"), "callbackUrl");
    rejects(() -> new InitThreeDsPaymentRequest(p, null), "callbackUrl");
    rejects(() -> InitThreeDsPaymentRequest.of(null, "https://shop.example/cb"), "payment");
  }

  @Test
  void checkoutNeedsACallbackUrl() {
    rejects(() -> InitCheckoutPaymentRequest.builder().price(BigDecimal.ONE).paidPrice(BigDecimal.ONE)
        .currency(Currency.AZN).paymentGroup(PaymentGroup.PRODUCT).build(), "callbackUrl");
  }

  @Test
  void requiredPaymentFieldsAreNamed() {
    rejects(() -> payment().currency(null).build(), "currency");
    rejects(() -> payment().currency(Currency.UNKNOWN).build(), "currency");
    rejects(() -> payment().paymentGroup(null).build(), "paymentGroup");
    rejects(() -> payment().card(null).build(), "card");
    rejects(() -> payment().items(List.of()).build(), "items");
  }

  @Test
  void cardFieldsAreChecked() {
    Supplier<Card.Builder> card = () -> Card.builder().cardHolderName("Haluk Demir")
        .cardNumber(CARD_NUMBER).expireYear("2044").expireMonth("07").cvc("000");
    rejects(() -> card.get().cardHolderName(" ").build(), "card.cardHolderName");
    rejects(() -> card.get().cardNumber(null).build(), "card.cardNumber");
    rejects(() -> card.get().cardNumber("5258 6400 0000 0001").build(), "card.cardNumber");
    rejects(() -> card.get().cardNumber("52586400").build(), "card.cardNumber");
    rejects(() -> card.get().expireYear("44").build(), "card.expireYear");
    rejects(() -> card.get().expireMonth("13").build(), "card.expireMonth");
    rejects(() -> card.get().expireMonth("7").build(), "card.expireMonth");
    rejects(() -> card.get().cvc(null).build(), "card.cvc");
    rejects(() -> card.get().cvc("12").build(), "card.cvc");
    rejects(() -> card.get().cvc("12a").build(), "card.cvc");
    rejects(() -> Card.builder().cardToken("t").build(), "card.cardUserKey");
    rejects(() -> Card.builder().cardToken("t").cardUserKey("u").cardNumber(CARD_NUMBER).build(),
        "card.cardNumber");
  }

  @Test
  void cardNumberAndCvcNeverAppearInToString() {
    Card card = Card.builder().cardHolderName("Haluk Demir").cardNumber(CARD_NUMBER).expireYear("2044")
        .expireMonth("07").cvc("987").build();
    assertThat(card.toString()).doesNotContain(CARD_NUMBER).doesNotContain("987")
        .contains("525864******0001");
    String request = payment().card(card).build().toString();
    assertThat(request).doesNotContain(CARD_NUMBER).doesNotContain("987");
    assertThat(InitThreeDsPaymentRequest.of(payment().card(card).build(), "https://x.example/cb").toString())
        .doesNotContain(CARD_NUMBER).doesNotContain("987");
  }

  @Test
  void idsMustBePositive() {
    rejects(() -> odero.client.payments().complete3dsPayment(0), "paymentId");
    rejects(() -> odero.client.payments().postAuthPayment(-5, BigDecimal.ONE), "paymentId");
    rejects(() -> odero.client.payments().retrieveCheckoutPayment(" "), "token");
  }

  @Test
  void unknownEnumsCannotBeSent() {
    assertThatThrownBy(() -> payment().paymentGroup(PaymentGroup.UNKNOWN).build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("paymentGroup");
  }

  @Test
  void constructorsCheckAsMuchAsTheBuilders() {
    rejects(() -> new PaymentItem("Book", BigDecimal.ZERO, null, null, null), "items.price");
    rejects(() -> new Card("Haluk Demir", "1234", "2044", "07", "000", null, null, null, null),
        "card.cardNumber");
    CreatePaymentRequest ok = payment().build();
    rejects(() -> new CreatePaymentRequest(ok.price(), ok.paidPrice(), ok.walletPrice(), 7, ok.currency(),
        ok.paymentGroup(), ok.conversationId(), ok.paymentPhase(), null, null, null, ok.card(), null,
        ok.items(), null, null, null), "installment");
    rejects(() -> new InitCheckoutPaymentRequest(BigDecimal.ONE, BigDecimal.ONE, null, Currency.AZN,
        PaymentGroup.PRODUCT, null, null, null, null, null, null, null, null, null, null, null),
        "callbackUrl");
  }
}
