package io.github.paysdk.oy.virtualaccount;

import io.github.paysdk.core.validation.Validate;
import io.github.paysdk.oy.internal.OyValidation;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * The body of {@code POST /api/custom-va}: a VA whose number ends in your own suffix. Unlike a static VA,
 * an empty {@code trxExpirationTime} means the transaction never expires.
 *
 * @param partnerUserId your unique id for the user (required)
 * @param bankCode the VA bank (OY currently supports BRI and CIMB)
 * @param amount the amount; required when {@code isOpen} is false
 * @param isOpen whether any amount is accepted (OY default true)
 * @param usernameDisplay the name the payer sees
 * @param email the user's email
 * @param trxExpirationTime transaction lifetime in minutes; null for none
 * @param partnerTrxId your transaction id
 * @param vaSuffix the number's suffix: 10 to 12 digits (required)
 */
public record CreateCustomVaRequest(
    String partnerUserId,
    String bankCode,
    BigDecimal amount,
    Boolean isOpen,
    String usernameDisplay,
    String email,
    Long trxExpirationTime,
    String partnerTrxId,
    String vaSuffix) {

  private static final Pattern SUFFIX = Pattern.compile("[0-9]{10,12}");

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CreateCustomVaRequest}, checking every field. */
  public static final class Builder {
    private String partnerUserId;
    private String bankCode;
    private BigDecimal amount;
    private Boolean isOpen;
    private String usernameDisplay;
    private String email;
    private Long trxExpirationTime;
    private String partnerTrxId;
    private String vaSuffix;

    private Builder() {}

    /** @param value your user id @return this builder */
    public Builder partnerUserId(String value) {
      this.partnerUserId = value;
      return this;
    }

    /** @param value a {@link VaBanks} code @return this builder */
    public Builder bankCode(String value) {
      this.bankCode = value;
      return this;
    }

    /** @param value the amount in rupiah @return this builder */
    public Builder amount(long value) {
      this.amount = BigDecimal.valueOf(value);
      return this;
    }

    /** @param value the amount in rupiah @return this builder */
    public Builder amount(BigDecimal value) {
      this.amount = value;
      return this;
    }

    /** @param value whether any amount is accepted @return this builder */
    public Builder open(boolean value) {
      this.isOpen = value;
      return this;
    }

    /** @param value the name the payer sees @return this builder */
    public Builder usernameDisplay(String value) {
      this.usernameDisplay = value;
      return this;
    }

    /** @param value the user's email @return this builder */
    public Builder email(String value) {
      this.email = value;
      return this;
    }

    /** @param minutes transaction lifetime @return this builder */
    public Builder trxExpirationMinutes(long minutes) {
      this.trxExpirationTime = minutes;
      return this;
    }

    /** @param value your transaction id @return this builder */
    public Builder partnerTrxId(String value) {
      this.partnerTrxId = value;
      return this;
    }

    /** @param value 10 to 12 digits @return this builder */
    public Builder vaSuffix(String value) {
      this.vaSuffix = value;
      return this;
    }

    /**
     * @return the request
     * @throws io.github.paysdk.core.error.ValidationException naming the first bad field
     */
    public CreateCustomVaRequest build() {
      OyValidation.requiredText(partnerUserId, 255, "partnerUserId");
      VaRules.bankCode(bankCode);
      VaRules.amount(amount, isOpen);
      Validate.maxLength(usernameDisplay, 255, "usernameDisplay");
      OyValidation.emails(email, ";", 1, "email");
      VaRules.minutes(trxExpirationTime, "trxExpirationTime", 1);
      Validate.maxLength(partnerTrxId, 255, "partnerTrxId");
      Validate.matches(vaSuffix, SUFFIX, "must be 10 to 12 digits", "vaSuffix");
      return new CreateCustomVaRequest(partnerUserId, bankCode, amount, isOpen, usernameDisplay,
          email, trxExpirationTime, partnerTrxId, vaSuffix);
    }
  }
}
