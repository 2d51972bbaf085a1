package io.github.paysdk.odeonpay.checkout;

import io.github.paysdk.core.validation.Validate;
import io.github.paysdk.odeonpay.model.PayerData;
import java.math.BigDecimal;

/**
 * A payment link ({@code POST /payments/link}), for cards or, with {@code data.paymentTypeId}, an
 * alternative payment method. Requires amount, currency, description and accountId as the doc does; the
 * doc also stars {@code ip}, but most of its own APM examples omit it, so it is optional here.
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
 * @param name the payer's name (sent top-level by some APM examples)
 * @param data the payer's details, including {@code paymentTypeId} for an APM
 */
public record PaymentLinkRequest(
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
    String name,
    PayerData data) {

  /** @return an empty builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PaymentLinkRequest}. */
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
     * @param value the currency (required)
     * @return this builder
     */
    public Builder currency(String value) {
      this.currency = value;
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
     * @param value the invoice id
     * @return this builder
     */
    public Builder invoiceId(String value) {
      this.invoiceId = value;
      return this;
    }

    /**
     * @param value the payer's identifier (required)
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
     * @param value the payer's details; set paymentTypeId for an APM
     * @return this builder
     */
    public Builder data(PayerData value) {
      this.data = value;
      return this;
    }

    /**
     * @param value the payer's name
     * @return this builder
     */
    public Builder name(String value) {
      this.name = value;
      return this;
    }

    /**
     * @return the request
     * @throws io.github.paysdk.core.error.ValidationException naming the first bad field
     */
    public PaymentLinkRequest build() {
      Validate.positive(amount, "amount");
      Validate.notBlank(currency, "currency");
      Validate.notBlank(description, "description");
      Validate.notBlank(accountId, "accountId");
      return new PaymentLinkRequest(amount, currency, description, invoiceId, accountId, successUrl,
          failureUrl, pendingUrl, cancelUrl, locale, ip, name, data);
    }
  }
}
