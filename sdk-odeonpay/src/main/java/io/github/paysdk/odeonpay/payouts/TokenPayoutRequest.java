package io.github.paysdk.odeonpay.payouts;

import io.github.paysdk.core.validation.Validate;
import java.math.BigDecimal;

/**
 * A payout to the card behind a payment token ({@code POST /payments/payout}). {@link #toString()} does not
 * show the token.
 *
 * @param token the card token from a completed charge made with an accountId
 * @param amount the amount
 * @param accountId the payer's e-mail the token was issued for
 * @param currency the currency
 * @param invoiceId the order number (optional; duplicate protection keys on it)
 */
public record TokenPayoutRequest(
    String token, BigDecimal amount, String accountId, String currency, String invoiceId) {

  /** @return an empty builder */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return "TokenPayoutRequest{token=****, amount=" + amount + ", currency=" + currency + ", invoiceId="
        + invoiceId + "}";
  }

  /** Builds a {@link TokenPayoutRequest}. */
  public static final class Builder {
    private String token;
    private BigDecimal amount;
    private String accountId;
    private String currency;
    private String invoiceId;

    private Builder() {}

    /**
     * @param value the card token (required)
     * @return this builder
     */
    public Builder token(String value) {
      this.token = value;
      return this;
    }

    /**
     * @param value the amount, greater than 0 (required)
     * @return this builder
     */
    public Builder amount(BigDecimal value) {
      this.amount = value;
      return this;
    }

    /**
     * @param value the amount as a decimal string
     * @return this builder
     */
    public Builder amount(String value) {
      this.amount = value == null ? null : new BigDecimal(value);
      return this;
    }

    /**
     * @param value the payer's e-mail (required)
     * @return this builder
     */
    public Builder accountId(String value) {
      this.accountId = value;
      return this;
    }

    /**
     * @param value the currency (required)
     * @return this builder
     */
    public Builder currency(String value) {
      this.currency = value;
      return this;
    }

    /**
     * @param value the order number (optional)
     * @return this builder
     */
    public Builder invoiceId(String value) {
      this.invoiceId = value;
      return this;
    }

    /**
     * @return the request
     * @throws io.github.paysdk.core.error.ValidationException naming the first bad field
     */
    public TokenPayoutRequest build() {
      Validate.notBlank(token, "token");
      Validate.positive(amount, "amount");
      Validate.notBlank(accountId, "accountId");
      Validate.notBlank(currency, "currency");
      return new TokenPayoutRequest(token, amount, accountId, currency, invoiceId);
    }
  }
}
