package io.github.paysdk.odeonpay.payouts;

import io.github.paysdk.odeonpay.internal.OdeonPayApi;
import io.github.paysdk.odeonpay.internal.Reply;
import io.github.paysdk.odeonpay.model.Transaction;
import java.util.Objects;

/**
 * Card payouts. Get it from {@code OdeonPayClient.payouts()}. Thread-safe.
 *
 * <p>A payout moves money: it is not resent after it may have reached OdeonPay unless duplicate protection
 * is on (client builder {@code invoiceDuplicateProtection(true)}) and it has an invoice id. A declined
 * payout is returned as a transaction with status Declined, not thrown.
 */
public final class PayoutService {
  private final OdeonPayApi api;

  /** @param api the client's API access (internal) */
  public PayoutService(OdeonPayApi api) {
    this.api = Objects.requireNonNull(api, "api");
  }

  /**
   * Pays out to the card behind a token ({@code POST /payments/payout}).
   *
   * @param request the payout
   * @return the payout transaction (PayoutCompleted, Created or Declined)
   * @throws io.github.paysdk.odeonpay.error.DuplicateInvoiceException if the invoice id was already used
   */
  public Transaction byToken(TokenPayoutRequest request) {
    Objects.requireNonNull(request, "request");
    Reply reply = api.post("/payments/payout", request, api.moneyMoving(request.invoiceId()),
        request.invoiceId());
    return reply.transactionCheckingDuplicate();
  }

  /**
   * Pays out to a card number ({@code POST /payments/payout/card}).
   *
   * @param request the payout
   * @return the payout transaction (PayoutCompleted, Created or Declined)
   * @throws io.github.paysdk.odeonpay.error.DuplicateInvoiceException if the invoice id was already used
   */
  public Transaction toCard(CardPayoutRequest request) {
    Objects.requireNonNull(request, "request");
    Reply reply = api.post("/payments/payout/card", request, api.moneyMoving(request.invoiceId()),
        request.invoiceId());
    return reply.transactionCheckingDuplicate();
  }
}
