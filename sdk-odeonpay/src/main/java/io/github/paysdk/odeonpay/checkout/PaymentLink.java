package io.github.paysdk.odeonpay.checkout;

import io.github.paysdk.odeonpay.model.Transaction;

/**
 * A payment link ({@code /payments/link}): the created transaction (status Created) and the hosted page.
 *
 * @param transaction the created transaction
 * @param link the page to send the payer to
 */
public record PaymentLink(Transaction transaction, Link link) {
  /** @return the URL to send the payer to */
  public String url() {
    return link.action();
  }
}
