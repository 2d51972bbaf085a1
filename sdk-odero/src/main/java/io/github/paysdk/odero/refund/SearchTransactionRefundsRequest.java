package io.github.paysdk.odero.refund;

import io.github.paysdk.core.validation.Validate;

/**
 * Filters for {@link RefundService#searchTransactionRefunds}; give at least one.
 *
 * @param paymentId refunds of this payment
 * @param conversationId refunds with this conversationId
 * @param paymentTransactionId refunds of this payment transaction
 */
public record SearchTransactionRefundsRequest(
    Long paymentId, String conversationId, Long paymentTransactionId) {

  /**
   * Checks that at least one filter is set.
   *
   * @throws io.github.paysdk.core.error.ValidationException if none is
   */
  public SearchTransactionRefundsRequest {
    Validate.check(paymentId != null || (conversationId != null && !conversationId.isBlank())
            || paymentTransactionId != null,
        "paymentId/conversationId/paymentTransactionId", "at least one is required");
  }

  /**
   * @param paymentId the payment
   * @return refunds of every transaction of that payment
   */
  public static SearchTransactionRefundsRequest byPaymentId(long paymentId) {
    return new SearchTransactionRefundsRequest(paymentId, null, null);
  }

  /**
   * @param conversationId the refund's conversationId
   * @return refunds with that conversationId
   */
  public static SearchTransactionRefundsRequest byConversationId(String conversationId) {
    return new SearchTransactionRefundsRequest(null, conversationId, null);
  }

  /**
   * @param paymentTransactionId the payment transaction
   * @return refunds of that transaction
   */
  public static SearchTransactionRefundsRequest byPaymentTransactionId(long paymentTransactionId) {
    return new SearchTransactionRefundsRequest(null, null, paymentTransactionId);
  }
}
