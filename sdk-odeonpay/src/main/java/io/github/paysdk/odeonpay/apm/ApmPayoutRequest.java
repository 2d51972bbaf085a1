package io.github.paysdk.odeonpay.apm;

import io.github.paysdk.core.validation.Validate;
import io.github.paysdk.odeonpay.model.PayerData;
import java.math.BigDecimal;

/**
 * An APM payout ({@code POST /payments/apm/payout}). The doc marks no field as required; the SDK requires
 * a positive amount, a currency and {@code data} (which names the payment type and the recipient's account).
 *
 * @param amount the amount
 * @param accountId the recipient's e-mail
 * @param currency the currency
 * @param description the description
 * @param invoiceId the invoice id (duplicate protection keys on it)
 * @param name the recipient's name
 * @param data the recipient's details: paymentTypeId, personId, bank account, IFSC, document id ...
 */
public record ApmPayoutRequest(
    BigDecimal amount,
    String accountId,
    String currency,
    String description,
    String invoiceId,
    String name,
    PayerData data) {

  /** @return an empty builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ApmPayoutRequest}. */
  public static final class Builder {
    private BigDecimal amount;
    private String accountId;
    private String currency;
    private String description;
    private String invoiceId;
    private String name;
    private PayerData data;

    private Builder() {}

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
     * @param value the recipient's e-mail
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
     * @param value the description
     * @return this builder
     */
    public Builder description(String value) {
      this.description = value;
      return this;
    }

    /**
     * @param value the invoice id
     * @return this builder
     */
    public Builder invoiceId(String value) {
      this.invoiceId = value;
      return this;
    }

    /**
     * @param value the recipient's name
     * @return this builder
     */
    public Builder name(String value) {
      this.name = value;
      return this;
    }

    /**
     * @param value the recipient's details (required)
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
    public ApmPayoutRequest build() {
      Validate.positive(amount, "amount");
      Validate.notBlank(currency, "currency");
      Validate.required(data, "data");
      return new ApmPayoutRequest(amount, accountId, currency, description, invoiceId, name, data);
    }
  }
}
