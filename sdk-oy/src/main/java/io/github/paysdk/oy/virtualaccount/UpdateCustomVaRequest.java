package io.github.paysdk.oy.virtualaccount;

import io.github.paysdk.core.validation.Validate;
import io.github.paysdk.oy.internal.OyValidation;
import java.math.BigDecimal;

/**
 * The body of {@code PUT /api/custom-va/<id>}. Only the fields set are sent.
 *
 * @param amount the new amount
 * @param usernameDisplay the name the payer sees
 * @param email the user's email
 * @param trxExpirationTime transaction lifetime in minutes; 0 expires it
 * @param partnerTrxId a new transaction id
 */
public record UpdateCustomVaRequest(
    BigDecimal amount,
    String usernameDisplay,
    String email,
    Long trxExpirationTime,
    String partnerTrxId) {

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link UpdateCustomVaRequest}. */
  public static final class Builder {
    private BigDecimal amount;
    private String usernameDisplay;
    private String email;
    private Long trxExpirationTime;
    private String partnerTrxId;

    private Builder() {}

    /** @param value the amount in rupiah @return this builder */
    public Builder amount(long value) {
      this.amount = BigDecimal.valueOf(value);
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

    /**
     * @return the request
     * @throws io.github.paysdk.core.error.ValidationException naming the first bad field
     */
    public UpdateCustomVaRequest build() {
      VaRules.amount(amount, null);
      Validate.maxLength(usernameDisplay, 255, "usernameDisplay");
      OyValidation.emails(email, ";", 1, "email");
      VaRules.minutes(trxExpirationTime, "trxExpirationTime", 0);
      Validate.maxLength(partnerTrxId, 255, "partnerTrxId");
      return new UpdateCustomVaRequest(amount, usernameDisplay, email, trxExpirationTime,
          partnerTrxId);
    }
  }
}
