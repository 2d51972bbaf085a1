package io.github.paysdk.oy.virtualaccount;

import io.github.paysdk.core.validation.Validate;
import io.github.paysdk.oy.internal.OyValidation;
import java.math.BigDecimal;

/**
 * The body of {@code POST /api/generate-static-va}. Null fields are left out and take OY's defaults.
 *
 * @param partnerUserId your unique id for the user (required)
 * @param bankCode the VA bank, see {@link VaBanks} (required)
 * @param amount the amount to pay; required and above 0 when {@code isOpen} is false
 * @param isOpen whether any amount is accepted (OY default true)
 * @param isSingleUse whether the VA closes after one payment (OY default false)
 * @param expirationTime VA lifetime in minutes (OY default 24 hours)
 * @param isLifetime whether the VA never expires (OY default false)
 * @param usernameDisplay the name the payer sees (OY default: your username)
 * @param email the user's email
 * @param trxExpirationTime transaction lifetime in minutes (OY default: the VA's)
 * @param partnerTrxId your transaction id; OY rejects a repeat with 203
 * @param trxCounter how many payments are accepted (-1 unlimited)
 */
public record CreateVirtualAccountRequest(
    String partnerUserId,
    String bankCode,
    BigDecimal amount,
    Boolean isOpen,
    Boolean isSingleUse,
    Long expirationTime,
    Boolean isLifetime,
    String usernameDisplay,
    String email,
    Long trxExpirationTime,
    String partnerTrxId,
    Integer trxCounter) {

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CreateVirtualAccountRequest}, checking every field. */
  public static final class Builder {
    private String partnerUserId;
    private String bankCode;
    private BigDecimal amount;
    private Boolean isOpen;
    private Boolean isSingleUse;
    private Long expirationTime;
    private Boolean isLifetime;
    private String usernameDisplay;
    private String email;
    private Long trxExpirationTime;
    private String partnerTrxId;
    private Integer trxCounter;

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
    public Builder amount(BigDecimal value) {
      this.amount = value;
      return this;
    }

    /** @param value the amount in rupiah @return this builder */
    public Builder amount(long value) {
      return amount(BigDecimal.valueOf(value));
    }

    /** @param value whether any amount is accepted @return this builder */
    public Builder open(boolean value) {
      this.isOpen = value;
      return this;
    }

    /** @param value whether the VA closes after one payment @return this builder */
    public Builder singleUse(boolean value) {
      this.isSingleUse = value;
      return this;
    }

    /** @param minutes VA lifetime @return this builder */
    public Builder expirationMinutes(long minutes) {
      this.expirationTime = minutes;
      return this;
    }

    /** @param value whether the VA never expires @return this builder */
    public Builder lifetime(boolean value) {
      this.isLifetime = value;
      return this;
    }

    /** @param value the name the payer sees, at most 255 @return this builder */
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

    /** @param value your transaction id, at most 255 @return this builder */
    public Builder partnerTrxId(String value) {
      this.partnerTrxId = value;
      return this;
    }

    /** @param value payments accepted, -1 for unlimited @return this builder */
    public Builder trxCounter(int value) {
      this.trxCounter = value;
      return this;
    }

    /**
     * @return the request
     * @throws io.github.paysdk.core.error.ValidationException naming the first bad field
     */
    public CreateVirtualAccountRequest build() {
      OyValidation.requiredText(partnerUserId, 255, "partnerUserId");
      VaRules.bankCode(bankCode);
      VaRules.amount(amount, isOpen);
      VaRules.minutes(expirationTime, "expirationTime", 1);
      VaRules.minutes(trxExpirationTime, "trxExpirationTime", 1);
      if (VaBanks.BSI.equals(bankCode)) {
        Validate.check(expirationTime == null || expirationTime <= 99_999, "expirationTime",
            "must be at most 99999 minutes for BSI");
        Validate.check(!Boolean.TRUE.equals(isLifetime), "isLifetime", "is not supported for BSI");
      }
      Validate.maxLength(usernameDisplay, 255, "usernameDisplay");
      OyValidation.emails(email, ";", 1, "email");
      Validate.maxLength(partnerTrxId, 255, "partnerTrxId");
      VaRules.trxCounter(trxCounter);
      return new CreateVirtualAccountRequest(partnerUserId, bankCode, amount, isOpen, isSingleUse,
          expirationTime, isLifetime, usernameDisplay, email, trxExpirationTime, partnerTrxId,
          trxCounter);
    }
  }
}
