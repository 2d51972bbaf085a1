package io.github.paysdk.odeonpay.internal;

import io.github.paysdk.odeonpay.model.PayerData;
import io.github.paysdk.odeonpay.payments.BrowserData;
import io.github.paysdk.odeonpay.payments.ChargeRequest;
import java.math.BigDecimal;

/**
 * The wire body of {@code /payments/charge/card}: the request plus the merchant's publicId (top level and
 * inside {@code card}, as in the doc's example).
 *
 * @param publicId the merchant's public id
 * @param amount the amount
 * @param currency the currency
 * @param name the cardholder's name
 * @param description the description
 * @param invoiceId the order number
 * @param accountId the payer's e-mail
 * @param ip the payer's IP
 * @param successRedirectUrl Redirect 3-D Secure success URL
 * @param failureRedirectUrl Redirect 3-D Secure failure URL
 * @param pendingRedirectUrl Redirect 3-D Secure pending URL
 * @param card the card
 * @param browserData the browser data
 * @param data the payer data
 */
public record ChargeBody(
    String publicId,
    BigDecimal amount,
    String currency,
    String name,
    String description,
    String invoiceId,
    String accountId,
    String ip,
    String successRedirectUrl,
    String failureRedirectUrl,
    String pendingRedirectUrl,
    CardBody card,
    BrowserData browserData,
    PayerData data) {

  /**
   * @param publicId the merchant's public id
   * @param request the request
   * @return the wire body
   */
  public static ChargeBody of(String publicId, ChargeRequest request) {
    return new ChargeBody(publicId, request.amount(), request.currency(), request.name(),
        request.description(), request.invoiceId(), request.accountId(), request.ip(),
        request.successRedirectUrl(), request.failureRedirectUrl(), request.pendingRedirectUrl(),
        new CardBody(publicId, request.card().pan(), request.card().cvv(), request.card().expiryMonth(),
            request.card().expiryYear()),
        request.browserData(), request.payer());
  }

  @Override
  public String toString() {
    return "ChargeBody{invoiceId=" + invoiceId + ", card=" + card + "}";
  }

  /**
   * The wire {@code card} object.
   *
   * @param publicId the merchant's public id
   * @param pan the card number
   * @param cvv the security code
   * @param expiryMonth the expiry month
   * @param expiryYear the expiry year
   */
  public record CardBody(String publicId, String pan, String cvv, int expiryMonth, int expiryYear) {
    @Override
    public String toString() {
      return "CardBody{pan=" + io.github.paysdk.core.logging.Redactor.maskCardNumber(pan) + "}";
    }
  }
}
