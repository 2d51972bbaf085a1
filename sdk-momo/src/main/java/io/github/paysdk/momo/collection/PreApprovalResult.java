package io.github.paysdk.momo.collection;

import io.github.paysdk.momo.model.Party;
import io.github.paysdk.momo.model.Reason;
import io.github.paysdk.momo.model.StatusResult;
import io.github.paysdk.momo.model.TransactionStatus;

/**
 * The status of a pre-approval ({@code GET /collection/v2_0/preapproval/{referenceId}}).
 *
 * @param payer who approves
 * @param payerCurrency the payer's currency
 * @param payerMessage the message shown
 * @param status PENDING, SUCCESSFUL or FAILED
 * @param expirationDateTime when it expires, as sent
 * @param reason why it failed, or null
 */
public record PreApprovalResult(
    Party payer,
    String payerCurrency,
    String payerMessage,
    TransactionStatus status,
    String expirationDateTime,
    Reason reason) implements StatusResult {

  /** Replaces a missing status with {@link TransactionStatus#UNKNOWN}. */
  public PreApprovalResult {
    status = status == null ? TransactionStatus.UNKNOWN : status;
  }
}
