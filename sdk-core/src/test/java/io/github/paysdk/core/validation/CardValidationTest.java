package io.github.paysdk.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.paysdk.core.error.ValidationException;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class CardValidationTest {

  @Test
  void luhnAcceptsKnownValidNumbersAndRejectsOneDigitOff() {
    assertThat(CardValidation.passesLuhn("4242424242424242")).isTrue();
    assertThat(CardValidation.passesLuhn("4111111111111111")).isTrue();
    assertThat(CardValidation.passesLuhn("5555555555554444")).isTrue();
    assertThat(CardValidation.passesLuhn("378282246310005")).isTrue();
    assertThat(CardValidation.passesLuhn("4242424242424241")).isFalse();
    assertThat(CardValidation.passesLuhn("4111111111111121")).isFalse();
    assertThat(CardValidation.passesLuhn("")).isFalse();
    assertThat(CardValidation.passesLuhn("42a2")).isFalse();
  }

  @Test
  void cardNumberNamesTheFieldButNeverTheNumber() {
    assertThatThrownBy(() -> CardValidation.cardNumber("4242424242424241", "card.pan"))
        .isInstanceOf(ValidationException.class)
        .hasMessage("card.pan is not a valid card number (Luhn check failed)");
    assertThatThrownBy(() -> CardValidation.cardNumber("4242 4242 4242 4242", "pan"))
        .hasMessage("pan must contain only digits 0-9");
    assertThatThrownBy(() -> CardValidation.cardNumber("42424242", "pan"))
        .hasMessage("pan must have 12 to 19 digits");
    assertThat(CardValidation.cardNumber("4242424242424242", "pan")).isEqualTo("4242424242424242");
  }

  @Test
  void securityCodeIsThreeOrFourDigits() {
    assertThat(CardValidation.securityCode("123", "cvv")).isEqualTo("123");
    assertThat(CardValidation.securityCode("1234", "cvv")).isEqualTo("1234");
    assertThatThrownBy(() -> CardValidation.securityCode("12", "cvv")).hasMessage("cvv must be 3 or 4 digits");
  }

  @Test
  void securityCodeIsOnlyAsciiDigitsWithNothingAround() {
    assertThat(CardValidation.securityCode("000", "cvv")).isEqualTo("000");
    assertThat(CardValidation.securityCode("9999", "cvv")).isEqualTo("9999");
    for (String bad : new String[] {"12345", "12a", "1 23", " 123", "123 ", "123\n", "-12", "1.2",
        "\u0661\u0662\u0663", "\uff11\uff12\uff13", "12/", "12:"}) {
      assertThatThrownBy(() -> CardValidation.securityCode(bad, "cvv"))
          .as(bad).hasMessage("cvv must be 3 or 4 digits");
    }
  }

  @Test
  void expiryMonthIsValidThroughItsEnd() {
    YearMonth now = YearMonth.of(2026, 11);
    CardValidation.notExpired(11, 2026, now, "expiry");
    CardValidation.notExpired(1, 2027, now, "expiry");
    assertThatThrownBy(() -> CardValidation.notExpired(10, 2026, now, "expiry"))
        .hasMessage("expiry is in the past");
    assertThatThrownBy(() -> CardValidation.notExpired(0, 2027, now, "expiry"))
        .hasMessage("expiry month must be between 1 and 12");
    assertThatThrownBy(() -> CardValidation.notExpired(12, 27, now, "expiry"))
        .hasMessage("expiry year must have four digits");
  }
}
