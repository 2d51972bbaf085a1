package io.github.paysdk.odeonpay.apm;

import io.github.paysdk.core.retry.RetryMode;
import io.github.paysdk.core.validation.Validate;
import io.github.paysdk.odeonpay.internal.Bodies;
import io.github.paysdk.odeonpay.internal.OdeonPayApi;
import io.github.paysdk.odeonpay.internal.Reply;
import io.github.paysdk.odeonpay.model.Transaction;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * APM payouts and refunds. Both are asynchronous: the answer is a transaction with status Created, and the
 * final status arrives by notification (payouts are reported as operation CardPayout) or
 * {@code payments().status(id)}. Get it from {@code OdeonPayClient.apm()}. Thread-safe.
 */
public final class ApmService {
  private final OdeonPayApi api;

  /** @param api the client's API access (internal) */
  public ApmService(OdeonPayApi api) {
    this.api = Objects.requireNonNull(api, "api");
  }

  /**
   * Requests an APM payout ({@code POST /payments/apm/payout}).
   *
   * @param request the payout
   * @return the created payout transaction
   * @throws io.github.paysdk.odeonpay.error.DuplicateInvoiceException if the invoice id was already used
   */
  public Transaction payout(ApmPayoutRequest request) {
    Objects.requireNonNull(request, "request");
    Reply reply = api.postForTransaction("/payments/apm/payout", request,
        api.moneyMoving(request.invoiceId()), request.invoiceId());
    return reply.transactionCheckingDuplicate();
  }

  /**
   * Requests a refund of an APM payment ({@code POST /payments/apm/refund}).
   *
   * @param paymentTransactionId the APM payment's transaction id
   * @param amount the amount to refund, greater than 0
   * @return the refund transaction as OdeonPay returns it
   */
  public Transaction refund(long paymentTransactionId, BigDecimal amount) {
    Validate.positive(paymentTransactionId, "transactionId");
    Validate.positive(amount, "amount");
    Reply reply = api.postForTransaction("/payments/apm/refund",
        new Bodies.Refund(paymentTransactionId, amount), RetryMode.NON_IDEMPOTENT,
        String.valueOf(paymentTransactionId));
    return reply.transaction();
  }
}
