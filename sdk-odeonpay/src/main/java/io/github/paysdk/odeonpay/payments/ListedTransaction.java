package io.github.paysdk.odeonpay.payments;

import io.github.paysdk.odeonpay.model.OperationType;
import io.github.paysdk.odeonpay.model.TransactionStatus;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One entry of {@code /payments/list}, which uses other field names than the rest of the API
 * ({@code id}, {@code statusId}, {@code operationTypeId}, {@code reasonId}) and epoch-millisecond dates.
 *
 * @param id the transaction id
 * @param statusId the status code (see {@link TransactionStatus})
 * @param status the status name
 * @param currency the currency
 * @param amount the amount
 * @param description the description
 * @param invoiceId the invoice id
 * @param accountId the payer's identifier
 * @param created when it was created, epoch milliseconds
 * @param operationTypeId the operation code (see {@link OperationType})
 * @param operationType the operation name
 * @param reasonId the reason code
 * @param reason the reason
 * @param cardType the card brand as free text, e.g. "Visa"
 * @param cardFirstSix the card number's first six digits
 * @param cardLastFour the card number's last four digits
 * @param completed when it completed, epoch milliseconds, or null
 * @param paymentTransactionId the original payment's id (for refunds), or null
 */
public record ListedTransaction(
    Long id,
    Integer statusId,
    String status,
    String currency,
    BigDecimal amount,
    String description,
    String invoiceId,
    String accountId,
    Long created,
    Integer operationTypeId,
    String operationType,
    Integer reasonId,
    String reason,
    String cardType,
    String cardFirstSix,
    String cardLastFour,
    Long completed,
    Long paymentTransactionId) {

  /** @return the status as an enum */
  public TransactionStatus transactionStatus() {
    return TransactionStatus.of(statusId, status);
  }

  /** @return the operation as an enum */
  public OperationType operation() {
    return OperationType.of(operationTypeId, operationType);
  }

  /** @return {@link #created()} as an instant, or null */
  public Instant createdAt() {
    return created == null ? null : Instant.ofEpochMilli(created);
  }

  /** @return {@link #completed()} as an instant, or null */
  public Instant completedAt() {
    return completed == null ? null : Instant.ofEpochMilli(completed);
  }
}
