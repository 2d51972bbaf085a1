package io.github.paysdk.odero.refund;

import io.github.paysdk.core.retry.RetryMode;
import io.github.paysdk.core.validation.Validate;
import io.github.paysdk.odero.internal.OderoApi;
import java.util.List;
import java.util.Objects;

/**
 * Refunds: of a whole payment, or of one payment transaction (one basket item, fully or partly).
 *
 * <p>The platform does not deduplicate refunds: they are never resent once they may have reached it. On
 * an unknown outcome, {@code lookupKey()} is the refund's conversationId if you set one, otherwise the
 * payment id (whole refunds) or payment transaction id (transaction refunds); search the transaction
 * refunds with it before trying again.
 */
public final class RefundService {
  private static final String REFUNDS = "/payment/v1/refunds";
  private static final String TRANSACTION_REFUNDS = "/payment/v1/refund-transactions";
  private final OderoApi api;

  /** @param api the Odero wire (internal) */
  public RefundService(OderoApi api) {
    this.api = Objects.requireNonNull(api, "api");
  }

  /**
   * Refunds a whole payment ({@code POST /payment/v1/refunds}).
   *
   * @param request the refund
   * @return the refund
   */
  public Refund refundPayment(RefundPaymentRequest request) {
    Objects.requireNonNull(request, "request");
    String lookupKey = request.conversationId() != null
        ? request.conversationId() : String.valueOf(request.paymentId());
    return api.data(api.post(REFUNDS, request).retryMode(RetryMode.NON_IDEMPOTENT)
        .lookupKey(lookupKey).build(), Refund.class);
  }

  /**
   * Refunds one payment transaction, fully or partly ({@code POST /payment/v1/refund-transactions}).
   *
   * @param request the refund
   * @return the refund
   */
  public TransactionRefund refundTransaction(RefundTransactionRequest request) {
    Objects.requireNonNull(request, "request");
    String lookupKey = request.conversationId() != null
        ? request.conversationId() : String.valueOf(request.paymentTransactionId());
    return api.data(api.post(TRANSACTION_REFUNDS, request).retryMode(RetryMode.NON_IDEMPOTENT)
        .lookupKey(lookupKey).build(), TransactionRefund.class);
  }

  /**
   * Retrieves a refund of a whole payment ({@code GET /payment/v1/refunds/{id}}).
   *
   * @param refundId the refund id
   * @return the refund
   */
  public Refund retrieveRefund(long refundId) {
    Validate.positive(refundId, "refundId");
    return api.data(api.get(REFUNDS + "/" + refundId).build(), Refund.class);
  }

  /**
   * Retrieves a refund of one payment transaction ({@code GET /payment/v1/refund-transactions/{id}}).
   *
   * @param refundId the transaction refund id
   * @return the refund
   */
  public TransactionRefund retrieveTransactionRefund(long refundId) {
    Validate.positive(refundId, "refundId");
    return api.data(api.get(TRANSACTION_REFUNDS + "/" + refundId).build(), TransactionRefund.class);
  }

  /**
   * Searches refunds of payment transactions ({@code GET /payment/v1/refund-transactions?...}).
   *
   * @param request the filters
   * @return every matching refund
   */
  public List<TransactionRefund> searchTransactionRefunds(SearchTransactionRefundsRequest request) {
    Objects.requireNonNull(request, "request");
    return api.list(api.get(TRANSACTION_REFUNDS)
        .query("paymentId", request.paymentId())
        .query("conversationId", request.conversationId())
        .query("paymentTransactionId", request.paymentTransactionId())
        .build(), TransactionRefund.class).items();
  }
}
