package io.github.paysdk.momo.model;

import java.math.BigDecimal;

/**
 * The status of a transfer, deposit, refund, request to pay or request to withdraw, and the body of the
 * callback MTN sends for it. A FAILED transaction is a result (HTTP 200) with a {@link #reason()}, not an
 * exception.
 *
 * @param amount the amount (a JSON string on the wire, echoed normalised: {@code "6.0"} comes back {@code "6"})
 * @param currency the ISO 4217 currency
 * @param financialTransactionId MTN's transaction id; absent while pending and on some final results
 * @param externalId the caller's reconciliation reference
 * @param payer the payer (collection), or null
 * @param payee the payee (disbursement, remittance), or null
 * @param payerMessage the payer's message
 * @param payeeNote the payee's note
 * @param status the status; {@link TransactionStatus#UNKNOWN} when absent or new
 * @param reason why it failed, or null
 */
public record TransactionResult(
    BigDecimal amount,
    String currency,
    String financialTransactionId,
    String externalId,
    Party payer,
    Party payee,
    String payerMessage,
    String payeeNote,
    TransactionStatus status,
    Reason reason) implements StatusResult {

  /** Replaces a missing status with {@link TransactionStatus#UNKNOWN}. */
  public TransactionResult {
    status = status == null ? TransactionStatus.UNKNOWN : status;
  }

  /** @return true if the status is SUCCESSFUL */
  public boolean isSuccessful() {
    return status == TransactionStatus.SUCCESSFUL;
  }

  /** @return true if the status is FAILED */
  public boolean isFailed() {
    return status == TransactionStatus.FAILED;
  }
}
