package io.github.paysdk.momo.collection;

import io.github.paysdk.momo.common.Reason;
import io.github.paysdk.momo.common.StatusResult;
import io.github.paysdk.momo.common.TransactionStatus;

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
