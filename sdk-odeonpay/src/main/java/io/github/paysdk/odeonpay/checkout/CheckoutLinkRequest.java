package io.github.paysdk.odeonpay.checkout;

import io.github.paysdk.core.validation.Validate;
import io.github.paysdk.odeonpay.model.PayerData;
import java.math.BigDecimal;

/**
 * A dynamic checkout link ({@code POST /checkout/link}). The doc marks no field as required; the SDK
 * requires amount and currency and checks that the amount is positive.
 *
 * @param amount the amount
 * @param currency the currency
 * @param description the description
 * @param invoiceId the invoice id
 * @param accountId the account identifier (e.g. e-mail)
 * @param successUrl where the payer lands after success
 * @param failureUrl where the payer lands after failure
 * @param pendingUrl where the payer lands while the payment is pending
 * @param cancelUrl where the payer lands after cancelling
 * @param locale the form language, e.g. {@code en_US}
 * @param ip the payer's IP
 * @param data the payer's details
 * @param page the form customization
 */
public record CheckoutLinkRequest(
    BigDecimal amount,
    String currency,
    String description,
    String invoiceId,
    String accountId,
    String successUrl,
    String failureUrl,
    String pendingUrl,
    String cancelUrl,
    String locale,
    String ip,
    PayerData data,
    CheckoutPage page) {

  /** @return an empty builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CheckoutLinkRequest}. */
  public static final class Builder {
    private BigDecimal amount;
    private String currency;
    private String description;
    private String invoiceId;
    private String accountId;
    private String successUrl;
    private String failureUrl;
    private String pendingUrl;
    private String cancelUrl;
    private String locale;
    private String ip;
    private PayerData data;
    private CheckoutPage page;

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
     * @param value the account identifier
     * @return this builder
     */
    public Builder accountId(String value) {
      this.accountId = value;
      return this;
    }

    /**
     * @param value the success URL
     * @return this builder
     */
    public Builder successUrl(String value) {
      this.successUrl = value;
      return this;
    }

    /**
     * @param value the failure URL
     * @return this builder
     */
    public Builder failureUrl(String value) {
      this.failureUrl = value;
      return this;
    }

    /**
     * @param value the pending URL
     * @return this builder
     */
    public Builder pendingUrl(String value) {
      this.pendingUrl = value;
      return this;
    }

    /**
     * @param value the cancel URL
     * @return this builder
     */
    public Builder cancelUrl(String value) {
      this.cancelUrl = value;
      return this;
    }

    /**
     * @param value the locale, e.g. en_US
     * @return this builder
     */
    public Builder locale(String value) {
      this.locale = value;
      return this;
    }

    /**
     * @param value the payer's IP
     * @return this builder
     */
    public Builder ip(String value) {
      this.ip = value;
      return this;
    }

    /**
     * @param value the payer's details
     * @return this builder
     */
    public Builder data(PayerData value) {
      this.data = value;
      return this;
    }

    /**
     * @param value the form customization
     * @return this builder
     */
    public Builder page(CheckoutPage value) {
      this.page = value;
      return this;
    }

    /**
     * @return the request
     * @throws io.github.paysdk.core.error.ValidationException naming the first bad field
     */
    public CheckoutLinkRequest build() {
      Validate.positive(amount, "amount");
      Validate.notBlank(currency, "currency");
      return new CheckoutLinkRequest(amount, currency, description, invoiceId, accountId, successUrl,
          failureUrl, pendingUrl, cancelUrl, locale, ip, data, page);
    }
  }
}
