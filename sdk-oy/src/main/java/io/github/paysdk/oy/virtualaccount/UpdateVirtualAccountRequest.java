package io.github.paysdk.oy.virtualaccount;

import io.github.paysdk.core.validation.Validate;
import io.github.paysdk.oy.internal.OyValidation;
import java.math.BigDecimal;

/**
 * The body of {@code PUT /api/static-virtual-account/<id>}. Only the fields set are sent. An
 * {@code expirationTime} of 0 deactivates the VA (see {@code VirtualAccountService.deactivate}); a
 * {@code trxExpirationTime} of 0 expires the current transaction.
 *
 * @param amount the new amount
 * @param isSingleUse whether the VA closes after one payment
 * @param expirationTime VA lifetime in minutes from now; 0 deactivates
 * @param usernameDisplay the name the payer sees
 * @param isLifetime whether the VA never expires
 * @param email the user's email
 * @param trxExpirationTime transaction lifetime in minutes; 0 expires it
 * @param partnerTrxId a new transaction id
 * @param trxCounter payments accepted, -1 for unlimited
 */
public record UpdateVirtualAccountRequest(
    BigDecimal amount,
    Boolean isSingleUse,
    Long expirationTime,
    String usernameDisplay,
    Boolean isLifetime,
    String email,
    Long trxExpirationTime,
    String partnerTrxId,
    Integer trxCounter) {

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link UpdateVirtualAccountRequest}. */
  public static final class Builder {
    private BigDecimal amount;
    private Boolean isSingleUse;
    private Long expirationTime;
    private String usernameDisplay;
    private Boolean isLifetime;
    private String email;
    private Long trxExpirationTime;
    private String partnerTrxId;
    private Integer trxCounter;

    private Builder() {}

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

    /** @param value whether the VA closes after one payment @return this builder */
    public Builder singleUse(boolean value) {
      this.isSingleUse = value;
      return this;
    }

    /** @param minutes VA lifetime from now; 0 deactivates @return this builder */
    public Builder expirationMinutes(long minutes) {
      this.expirationTime = minutes;
      return this;
    }

    /** @param value the name the payer sees @return this builder */
    public Builder usernameDisplay(String value) {
      this.usernameDisplay = value;
      return this;
    }

    /** @param value whether the VA never expires @return this builder */
    public Builder lifetime(boolean value) {
      this.isLifetime = value;
      return this;
    }

    /** @param value the user's email @return this builder */
    public Builder email(String value) {
      this.email = value;
      return this;
    }

    /** @param minutes transaction lifetime; 0 expires it @return this builder */
    public Builder trxExpirationMinutes(long minutes) {
      this.trxExpirationTime = minutes;
      return this;
    }

    /** @param value a new transaction id @return this builder */
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
    public UpdateVirtualAccountRequest build() {
      VaRules.amount(amount, null);
      VaRules.minutes(expirationTime, "expirationTime", 0);
      VaRules.minutes(trxExpirationTime, "trxExpirationTime", 0);
      Validate.maxLength(usernameDisplay, 255, "usernameDisplay");
      OyValidation.emails(email, ";", 1, "email");
      Validate.maxLength(partnerTrxId, 255, "partnerTrxId");
      VaRules.trxCounter(trxCounter);
      return new UpdateVirtualAccountRequest(amount, isSingleUse, expirationTime, usernameDisplay,
          isLifetime, email, trxExpirationTime, partnerTrxId, trxCounter);
    }
  }
}
