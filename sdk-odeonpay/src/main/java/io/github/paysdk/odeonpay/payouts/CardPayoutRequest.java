package io.github.paysdk.odeonpay.payouts;

import io.github.paysdk.core.logging.Redactor;
import io.github.paysdk.core.validation.CardValidation;
import io.github.paysdk.core.validation.Validate;
import io.github.paysdk.odeonpay.model.PayerData;
import java.math.BigDecimal;

/**
 * A payout to a card number ({@code POST /payments/payout/card}). {@code data} is sent as an object (the
 * doc's table says string, its example sends an object). {@link #toString()} shows the first six and last
 * four digits only.
 *
 * @param pan the card number
 * @param name the cardholder's name
 * @param amount the amount
 * @param currency the currency
 * @param invoiceId the order number (optional; duplicate protection keys on it)
 * @param data the recipient's details (phone, address, city, countryCode, birthDate), optional
 */
public record CardPayoutRequest(
    String pan, String name, BigDecimal amount, String currency, String invoiceId, PayerData data) {

  /** @return an empty builder */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return "CardPayoutRequest{pan=" + Redactor.maskCardNumber(pan) + ", amount=" + amount + ", currency="
        + currency + ", invoiceId=" + invoiceId + "}";
  }

  /** Builds a {@link CardPayoutRequest}. */
  public static final class Builder {
    private String pan;
    private String name;
    private BigDecimal amount;
    private String currency;
    private String invoiceId;
    private PayerData data;

    private Builder() {}

    /**
     * @param value the card number, digits only (required, Luhn-checked)
     * @return this builder
     */
    public Builder pan(String value) {
      this.pan = value;
      return this;
    }

    /**
     * @param value the cardholder's name (required)
     * @return this builder
     */
    public Builder name(String value) {
      this.name = value;
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
     * @param value the recipient's details (optional)
     * @return this builder
     */
    public Builder data(PayerData value) {
      this.data = value;
      return this;
    }

    /**
     * @return the request
     * @throws io.github.paysdk.core.error.ValidationException naming the first bad field
     */
    public CardPayoutRequest build() {
      CardValidation.cardNumber(pan, "pan");
      Validate.notBlank(name, "name");
      Validate.positive(amount, "amount");
      Validate.notBlank(currency, "currency");
      return new CardPayoutRequest(pan, name, amount, currency, invoiceId, data);
    }
  }
}
