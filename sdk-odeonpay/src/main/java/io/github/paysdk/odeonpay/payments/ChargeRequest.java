package io.github.paysdk.odeonpay.payments;

import io.github.paysdk.core.validation.Validate;
import io.github.paysdk.odeonpay.model.PayerData;
import java.math.BigDecimal;

/**
 * A charge with card data ({@code POST /payments/charge/card}). The merchant's publicId is added by the
 * client. Build with {@link #builder()}; {@code build()} rejects bad input before anything is sent.
 * {@link #toString()} never shows the card number or CVV.
 *
 * @param amount the amount, sent exactly as given (no forced scale)
 * @param currency the currency, e.g. {@code EUR}
 * @param name the cardholder's name
 * @param description the payment description
 * @param card the card
 * @param invoiceId the order number; the key of OdeonPay's duplicate protection
 * @param accountId the payer's e-mail; when given, a card token for payouts is returned
 * @param ip the payer's IP address
 * @param successRedirectUrl where Redirect 3-D Secure sends the payer after success
 * @param failureRedirectUrl where Redirect 3-D Secure sends the payer after failure
 * @param pendingRedirectUrl where Redirect 3-D Secure sends the payer when the result is not known yet
 * @param browserData the payer's browser
 * @param payer the payer's details (the wire's {@code data})
 */
public record ChargeRequest(
    BigDecimal amount,
    String currency,
    String name,
    String description,
    Card card,
    String invoiceId,
    String accountId,
    String ip,
    String successRedirectUrl,
    String failureRedirectUrl,
    String pendingRedirectUrl,
    BrowserData browserData,
    PayerData payer) {

  /** @return an empty builder */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return "ChargeRequest{amount=" + amount + ", currency=" + currency + ", invoiceId=" + invoiceId
        + ", card=" + card + "}";
  }

  /** Builds a {@link ChargeRequest}. */
  public static final class Builder {
    private BigDecimal amount;
    private String currency;
    private String name;
    private String description;
    private Card card;
    private String invoiceId;
    private String accountId;
    private String ip;
    private String successRedirectUrl;
    private String failureRedirectUrl;
    private String pendingRedirectUrl;
    private BrowserData browserData;
    private PayerData payer;

    private Builder() {}

    /**
     * @param value the amount, greater than 0
     * @return this builder
     */
    public Builder amount(BigDecimal value) {
      this.amount = value;
      return this;
    }

    /**
     * @param value the amount as a decimal string, e.g. "40.11"
     * @return this builder
     */
    public Builder amount(String value) {
      this.amount = value == null ? null : new BigDecimal(value);
      return this;
    }

    /**
     * @param value the currency, e.g. EUR (required)
     * @return this builder
     */
    public Builder currency(String value) {
      this.currency = value;
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
     * @param value the description (required)
     * @return this builder
     */
    public Builder description(String value) {
      this.description = value;
      return this;
    }

    /**
     * @param value the card (required)
     * @return this builder
     */
    public Builder card(Card value) {
      this.card = value;
      return this;
    }

    /**
     * @param value the order number (optional; duplicate protection keys on it)
     * @return this builder
     */
    public Builder invoiceId(String value) {
      this.invoiceId = value;
      return this;
    }

    /**
     * @param value the payer's e-mail (optional; returns a payout token)
     * @return this builder
     */
    public Builder accountId(String value) {
      this.accountId = value;
      return this;
    }

    /**
     * @param value the payer's IP address (required)
     * @return this builder
     */
    public Builder ip(String value) {
      this.ip = value;
      return this;
    }

    /**
     * @param value redirect after 3-D Secure success
     * @return this builder
     */
    public Builder successRedirectUrl(String value) {
      this.successRedirectUrl = value;
      return this;
    }

    /**
     * @param value redirect after 3-D Secure failure
     * @return this builder
     */
    public Builder failureRedirectUrl(String value) {
      this.failureRedirectUrl = value;
      return this;
    }

    /**
     * @param value redirect while the result is pending
     * @return this builder
     */
    public Builder pendingRedirectUrl(String value) {
      this.pendingRedirectUrl = value;
      return this;
    }

    /**
     * @param value the payer's browser
     * @return this builder
     */
    public Builder browserData(BrowserData value) {
      this.browserData = value;
      return this;
    }

    /**
     * @param value the payer's details
     * @return this builder
     */
    public Builder payer(PayerData value) {
      this.payer = value;
      return this;
    }

    /**
     * @return the request
     * @throws io.github.paysdk.core.error.ValidationException naming the first bad field
     */
    public ChargeRequest build() {
      Validate.positive(amount, "amount");
      Validate.notBlank(currency, "currency");
      Validate.notBlank(name, "name");
      Validate.notBlank(description, "description");
      Validate.required(card, "card");
      Validate.notBlank(ip, "ip");
      return new ChargeRequest(amount, currency, name, description, card, invoiceId, accountId, ip,
          successRedirectUrl, failureRedirectUrl, pendingRedirectUrl, browserData, payer);
    }
  }
}
