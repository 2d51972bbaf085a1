package io.github.paysdk.momo.collection;

import io.github.paysdk.momo.model.Reason;
import io.github.paysdk.momo.model.StatusResult;
import io.github.paysdk.momo.model.TransactionStatus;

/**
 * The status of a payment ({@code GET /collection/v2_0/payment/{referenceId}}).
 *
 * @param referenceId the payment's reference id
 * @param status CREATED, PENDING, SUCCESSFUL or FAILED
 * @param financialTransactionId MTN's transaction id, when present
 * @param reason why it failed, or null
 */
public record PaymentResult(
    String referenceId, TransactionStatus status, String financialTransactionId, Reason reason)
    implements StatusResult {

  /** Replaces a missing status with {@link TransactionStatus#UNKNOWN}. */
  public PaymentResult {
    status = status == null ? TransactionStatus.UNKNOWN : status;
  }
}
