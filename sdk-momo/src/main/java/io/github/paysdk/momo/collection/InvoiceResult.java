package io.github.paysdk.momo.collection;

import io.github.paysdk.momo.model.Party;
import io.github.paysdk.momo.model.Reason;
import io.github.paysdk.momo.model.StatusResult;
import io.github.paysdk.momo.model.TransactionStatus;
import java.math.BigDecimal;

/**
 * The status of an invoice ({@code GET /collection/v2_0/invoice/{referenceId}}).
 *
 * @param referenceId the invoice's reference id
 * @param externalId your reference
 * @param amount the amount
 * @param currency the currency
 * @param status CREATED, PENDING, SUCCESSFUL or FAILED
 * @param paymentReference the payment reference once paid
 * @param invoiceId MTN's invoice id
 * @param expiryDateTime when it expires, as sent (a zone-less local time)
 * @param payeeFirstName payee first name
 * @param payeeLastName payee last name
 * @param errorReason why it failed, or null
 * @param intendedPayer who should pay
 * @param description the description
 */
public record InvoiceResult(
    String referenceId,
    String externalId,
    BigDecimal amount,
    String currency,
    TransactionStatus status,
    String paymentReference,
    String invoiceId,
    String expiryDateTime,
    String payeeFirstName,
    String payeeLastName,
    Reason errorReason,
    Party intendedPayer,
    String description) implements StatusResult {

  /** Replaces a missing status with {@link TransactionStatus#UNKNOWN}. */
  public InvoiceResult {
    status = status == null ? TransactionStatus.UNKNOWN : status;
  }
}
