package io.github.paysdk.oy.callback;

import io.github.paysdk.core.error.SignatureVerificationException;
import io.github.paysdk.core.paging.Page;
import io.github.paysdk.oy.OyClient;
import io.github.paysdk.oy.checkout.PaymentStatus;
import io.github.paysdk.oy.disbursement.Disbursement;
import io.github.paysdk.oy.virtualaccount.VaTransaction;
import io.github.paysdk.oy.virtualaccount.VirtualAccount;
import java.util.Objects;

/**
 * Confirms a callback by asking OY for the same transaction ("verify by re-query"). OY does not sign
 * callbacks, so anyone who can reach your URL can post one; act only on what these methods return,
 * which comes from OY's API over your authenticated connection. Each method throws
 * {@link SignatureVerificationException} when OY's record contradicts the callback (different amount
 * or account, or no such payment): treat that callback as forged.
 */
public final class CallbackVerifier {
  private static final int MAX_HISTORY_SCANNED = 100;
  private final OyClient oy;

  /** @param oy the client to query with */
  public CallbackVerifier(OyClient oy) {
    this.oy = Objects.requireNonNull(oy, "oy");
  }

  /**
   * @param callback a parsed disbursement callback
   * @return OY's current record of that disbursement (its status may be newer than the callback's)
   * @throws SignatureVerificationException if OY's record has another amount, bank or account
   */
  public Disbursement verifyDisbursement(Disbursement callback) {
    Objects.requireNonNull(callback, "callback");
    Disbursement confirmed = oy.disbursement().status(callback.partnerTrxId());
    if (!sameAmount(callback.amount(), confirmed.amount())
        || !same(callback.recipientAccount(), confirmed.recipientAccount())
        || !same(callback.recipientBank(), confirmed.recipientBank())) {
      throw new SignatureVerificationException("Disbursement callback for partner_trx_id "
          + callback.partnerTrxId() + " does not match OY's record");
    }
    return confirmed;
  }

  /**
   * @param callback a parsed payment-link or invoice callback
   * @return OY's current record of that link
   * @throws SignatureVerificationException if OY's record has another amount or paid amount
   */
  public PaymentStatus verifyPaymentLink(PaymentStatus callback) {
    Objects.requireNonNull(callback, "callback");
    PaymentStatus confirmed = oy.checkout().status(callback.partnerTxId());
    if (!sameAmount(callback.amount(), confirmed.amount())
        || confirmed.paidAmount() != null && !sameAmount(callback.paidAmount(), confirmed.paidAmount())) {
      throw new SignatureVerificationException("Payment link callback for partner_tx_id "
          + callback.partnerTxId() + " does not match OY's record");
    }
    return confirmed;
  }

  /**
   * Finds the callback's payment in the VA's transaction history. The callback carries no VA id, so
   * pass the id you stored when creating the VA.
   *
   * @param callback a parsed VA payment callback
   * @param vaId OY's id of the VA the callback names
   * @return OY's record of the payment
   * @throws SignatureVerificationException if the VA has another number, or OY has no such payment
   *     among its latest {@value #MAX_HISTORY_SCANNED} transactions
   */
  public VaTransaction verifyVaPayment(VaPaymentCallback callback, String vaId) {
    Objects.requireNonNull(callback, "callback");
    VirtualAccount va = oy.virtualAccounts().get(vaId);
    if (!same(callback.vaNumber(), va.vaNumber())) {
      throw new SignatureVerificationException("VA callback names VA number " + callback.vaNumber()
          + ", which is not VA " + vaId);
    }
    Page<VaTransaction> history = oy.virtualAccounts().transactions(vaId, 0, 20);
    int scanned = 0;
    for (VaTransaction tx : history.autoPagingIterable()) {
      if (sameAmount(callback.amount(), tx.amount())
          && (callback.trxId() == null || tx.id() == null || callback.trxId().equals(tx.id())
              || callback.trxId().equals(tx.vaHistoryId()))) {
        return tx;
      }
      if (++scanned >= MAX_HISTORY_SCANNED) {
        break;
      }
    }
    throw new SignatureVerificationException("OY has no payment of " + callback.amount()
        + " to VA " + vaId + " matching callback " + callback.trxId());
  }

  private static boolean same(String a, String b) {
    return a == null || b == null || a.equalsIgnoreCase(b);
  }

  private static boolean sameAmount(java.math.BigDecimal a, java.math.BigDecimal b) {
    return a == null || b == null || a.compareTo(b) == 0;
  }
}
