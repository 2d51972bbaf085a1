package io.github.paysdk.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.paysdk.core.error.ValidationException;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ValidateTest {
  @Test
  void errorsNameTheFieldAndTheRule() {
    assertThatThrownBy(() -> Validate.positive(BigDecimal.ZERO, "amount"))
        .isInstanceOf(ValidationException.class)
        .hasMessage("amount must be greater than 0")
        .extracting(e -> ((ValidationException) e).field()).isEqualTo("amount");
    assertThatThrownBy(() -> Validate.notBlank(" ", "referenceId"))
        .hasMessage("referenceId must not be blank");
    assertThatThrownBy(() -> Validate.digits("12a4", "accountNumber"))
        .hasMessage("accountNumber must contain only digits 0-9");
    assertThatThrownBy(() -> Validate.maxLength("abcd", 3, "note"))
        .hasMessage("note must be at most 3 characters");
    assertThatThrownBy(() -> Validate.required(null, "bankId")).hasMessage("bankId is required");
    assertThatThrownBy(() -> Validate.notEmpty(List.of(), "items")).hasMessage("items must not be empty");
    assertThatThrownBy(() -> Validate.matches("a b", Pattern.compile("[a-z]+"), "must be letters", "code"))
        .hasMessage("code must be letters");
    assertThatThrownBy(() -> Validate.positive(-1L, "amount")).hasMessage("amount must be greater than 0");
  }

  @Test
  void validValuesPassThrough() {
    assertThat(Validate.positive(new BigDecimal("0.01"), "amount")).isEqualByComparingTo("0.01");
    assertThat(Validate.digits("0123", "accountNumber")).isEqualTo("0123");
    assertThat(Validate.maxLength(null, 3, "note")).isNull();
  }

  @Test
  void exactlyOneRejectsBothAndNeither() {
    assertThatThrownBy(() -> Validate.exactlyOne(1L, "id", "ref", "referenceId"))
        .hasMessage("id/referenceId give only one of them, not both");
    assertThatThrownBy(() -> Validate.exactlyOne(null, "id", " ", "referenceId"))
        .hasMessage("id/referenceId one of them is required");
    Validate.exactlyOne(null, "id", "ref", "referenceId");
  }
}
