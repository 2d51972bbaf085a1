package io.github.paysdk.oy.virtualaccount;

import io.github.paysdk.core.validation.Validate;
import java.math.BigDecimal;

/** Field rules shared by the VA requests. */
final class VaRules {
  private VaRules() {}

  static void bankCode(String bankCode) {
    Validate.notBlank(bankCode, "bankCode");
    Validate.check(VaBanks.ALL.contains(bankCode), "bankCode",
        "must be one of the VA bank codes " + new java.util.TreeSet<>(VaBanks.ALL));
  }

  static void amount(BigDecimal amount, Boolean isOpen) {
    if (Boolean.FALSE.equals(isOpen)) {
      Validate.positive(amount, "amount");
    }
    Validate.check(amount == null || amount.signum() >= 0, "amount", "must not be negative");
    Validate.check(amount == null || amount.stripTrailingZeros().scale() <= 0, "amount",
        "must be a whole number of rupiah");
  }

  static void minutes(Long minutes, String field, long min) {
    Validate.check(minutes == null || minutes >= min, field, "must be at least " + min + " minutes");
  }

  static void trxCounter(Integer counter) {
    Validate.check(counter == null || counter == -1 || counter >= 1, "trxCounter",
        "must be -1 (unlimited) or at least 1");
  }
}
