package io.github.paysdk.odeonpay.checkout;

import io.github.paysdk.core.validation.Validate;
import java.math.BigDecimal;

/**
 * The parameters of the hosted-redirect payment page ({@code GET /payments/redirect/{publicId}}), which
 * the merchant links to without an API call; see {@link CheckoutService#redirectUrl(HostedRedirect)}.
 *
 * @param amount the amount
 * @param description the description
 * @param currency the currency
 * @param invoiceId the invoice id, optional
 * @param accountId the payer's identifier, optional (a payout token is then sent in the notification)
 * @param successUrl where the payer lands after success
 * @param failureUrl where the payer lands after failure
 * @param pendingUrl where the payer lands when the result is not known yet
 * @param cancelUrl where the payer lands after cancelling
 * @param locale the form language, optional (English by default)
 */
public record HostedRedirect(
    BigDecimal amount,
    String description,
    String currency,
    String invoiceId,
    String accountId,
    String successUrl,
    String failureUrl,
    String pendingUrl,
    String cancelUrl,
    String locale) {

  /** @return an empty builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link HostedRedirect}. */
  public static final class Builder {
    private BigDecimal amount;
    private String description;
    private String currency;
    private String invoiceId;
    private String accountId;
    private String successUrl;
    private String failureUrl;
    private String pendingUrl;
    private String cancelUrl;
    private String locale;

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
     * @param value the description (required)
     * @return this builder
     */
    public Builder description(String value) {
      this.description = value;
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
     * @param value the invoice id
     * @return this builder
     */
    public Builder invoiceId(String value) {
      this.invoiceId = value;
      return this;
    }

    /**
     * @param value the payer's identifier
     * @return this builder
     */
    public Builder accountId(String value) {
      this.accountId = value;
      return this;
    }

    /**
     * @param value the success URL (required)
     * @return this builder
     */
    public Builder successUrl(String value) {
      this.successUrl = value;
      return this;
    }

    /**
     * @param value the failure URL (required)
     * @return this builder
     */
    public Builder failureUrl(String value) {
      this.failureUrl = value;
      return this;
    }

    /**
     * @param value the pending URL (required)
     * @return this builder
     */
    public Builder pendingUrl(String value) {
      this.pendingUrl = value;
      return this;
    }

    /**
     * @param value the cancel URL (required)
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
     * @return the parameters
     * @throws io.github.paysdk.core.error.ValidationException naming the first bad field
     */
    public HostedRedirect build() {
      Validate.positive(amount, "amount");
      Validate.notBlank(description, "description");
      Validate.notBlank(currency, "currency");
      Validate.notBlank(successUrl, "successUrl");
      Validate.notBlank(failureUrl, "failureUrl");
      Validate.notBlank(pendingUrl, "pendingUrl");
      Validate.notBlank(cancelUrl, "cancelUrl");
      return new HostedRedirect(amount, description, currency, invoiceId, accountId, successUrl,
          failureUrl, pendingUrl, cancelUrl, locale);
    }
  }
}
