package io.github.paysdk.odeonpay.payments;

import io.github.paysdk.odeonpay.model.Transaction;

/**
 * The outcome of a charge or of {@code post3ds}, built from the whole response rather than its
 * {@code success} flag (OdeonPay answers {@code success:false} when 3-D Secure is required). It is sealed:
 * test it with {@code instanceof} (or, on Java 21+, a pattern {@code switch}):
 * <pre>{@code
 * if (result instanceof ChargeResult.Completed c) {
 *   ship(c.transaction());
 * } else if (result instanceof ChargeResult.Declined d) {
 *   showError(d.reason());
 * } else if (result instanceof ChargeResult.Requires3dsRedirect r) {
 *   redirectTo(r.url());
 * } else if (result instanceof ChargeResult.Requires3dsAcs a) {
 *   postFormTo(a.acsUrl(), a.paReq(), a.md());
 * } else if (result instanceof ChargeResult.Pending p) {
 *   waitForNotification(p.transaction());
 * }
 * }</pre>
 */
public sealed interface ChargeResult {
  /** @return the transaction id */
  Long transactionId();

  /** @return OdeonPay's message, e.g. "Requires 3DS authentication", or null */
  String message();

  /**
   * The payment completed (status 4).
   *
   * @param transaction the transaction; its {@code token} is set when an accountId was given
   * @param message OdeonPay's message, usually null
   */
  record Completed(Transaction transaction, String message) implements ChargeResult {
    @Override
    public Long transactionId() {
      return transaction.transactionId();
    }
  }

  /**
   * The payment was declined (status 99).
   *
   * @param transaction the declined transaction
   * @param message OdeonPay's message, e.g. "Insufficient funds to process the transaction"
   */
  record Declined(Transaction transaction, String message) implements ChargeResult {
    @Override
    public Long transactionId() {
      return transaction.transactionId();
    }

    /** @return the reason code, e.g. 5051; see {@link io.github.paysdk.odeonpay.model.ReasonCodes} */
    public Integer reasonCode() {
      return transaction.reasonCode();
    }

    /** @return the reason, e.g. "Insufficient Funds" */
    public String reason() {
      return transaction.reason();
    }
  }

  /**
   * Redirect 3-D Secure: send the payer's browser to {@link #url()}; they come back to the success,
   * failure or pending redirect URL of the charge, and the result arrives by notification or
   * {@code status(transactionId)}.
   *
   * @param transactionId the transaction id
   * @param url where to redirect the payer
   * @param message OdeonPay's message
   */
  record Requires3dsRedirect(Long transactionId, String url, String message) implements ChargeResult {}

  /**
   * Advanced 3-D Secure: POST an HTML form to {@link #acsUrl()} with fields {@code PaReq} =
   * {@link #paReq()}, {@code MD} = {@link #md()} and {@code TermUrl} = your return URL; the ACS posts
   * {@code MD} and {@code PaRes} back, then call {@code post3ds(md, paRes)}.
   *
   * @param transactionId the transaction id (the MD value)
   * @param acsUrl the issuer's ACS address
   * @param paReq the authentication request to forward; not shown by toString
   * @param method the HTTP method for the ACS form (post)
   * @param message OdeonPay's message
   */
  record Requires3dsAcs(Long transactionId, String acsUrl, String paReq, String method, String message)
      implements ChargeResult {
    /** @return the {@code MD} form field: the transaction id */
    public String md() {
      return String.valueOf(transactionId);
    }

    @Override
    public String toString() {
      return "Requires3dsAcs{transactionId=" + transactionId + ", acsUrl=" + acsUrl + ", paReq=("
          + (paReq == null ? 0 : paReq.length()) + " chars)}";
    }
  }

  /**
   * Neither completed nor declined yet (e.g. Created, or a status this SDK does not know): the final status
   * arrives by notification or {@code status(transactionId)}.
   *
   * @param transaction the transaction as OdeonPay returned it
   * @param message OdeonPay's message, or null
   */
  record Pending(Transaction transaction, String message) implements ChargeResult {
    @Override
    public Long transactionId() {
      return transaction.transactionId();
    }
  }
}
