package io.github.paysdk.odeonpay.model;

import java.math.BigDecimal;

/**
 * The transaction model OdeonPay answers with (charge, post3ds, payouts, status, links, APM). Every field
 * may be null: each endpoint fills a different subset. Ids sent as strings are read as numbers and invoice
 * ids sent as numbers are read as strings.
 *
 * @param transactionId the transaction id
 * @param amount the amount, exactly as sent
 * @param currency the currency, e.g. {@code EUR}
 * @param invoiceId the merchant's order or invoice number
 * @param accountId the payer's identifier (e-mail)
 * @param description the description
 * @param name the cardholder's or recipient's name
 * @param token the card token for payouts (returned when an accountId was given); not shown by toString
 * @param statusCode the status code (see {@link TransactionStatus})
 * @param status the status name
 * @param reasonCode the reason code (0 approved; see {@link ReasonCodes})
 * @param reason the reason text
 * @param operationTypeCode the operation code (status calls only; see {@link OperationType})
 * @param operationType the operation name
 */
public record Transaction(
    Long transactionId,
    BigDecimal amount,
    String currency,
    String invoiceId,
    String accountId,
    String description,
    String name,
    String token,
    Integer statusCode,
    String status,
    Integer reasonCode,
    String reason,
    Integer operationTypeCode,
    String operationType) {

  /** @return the status as an enum; {@link TransactionStatus#UNKNOWN} for a code this SDK does not know */
  public TransactionStatus transactionStatus() {
    return TransactionStatus.of(statusCode, status);
  }

  /** @return the operation as an enum; {@link OperationType#UNKNOWN} when absent or unknown */
  public OperationType operation() {
    return OperationType.of(operationTypeCode, operationType);
  }

  /** @return whether the status is Declined (99) */
  public boolean isDeclined() {
    return transactionStatus() == TransactionStatus.DECLINED;
  }

  /** @return whether the status is a successful final one (Completed, RefundCompleted, PayoutCompleted) */
  public boolean isSuccessful() {
    return transactionStatus().isSuccessful();
  }

  /** @return whether this is a decline of a duplicate invoice id (reason code 6002) */
  public boolean isDuplicateInvoice() {
    return reasonCode != null && reasonCode == ReasonCodes.DUPLICATE_INVOICE_ID;
  }

  @Override
  public String toString() {
    return "Transaction{transactionId=" + transactionId + ", amount=" + amount + ", currency=" + currency
        + ", invoiceId=" + invoiceId + ", statusCode=" + statusCode + ", status=" + status
        + ", reasonCode=" + reasonCode + ", reason=" + reason + ", operationType=" + operationType
        + (token != null ? ", token=****" : "") + "}";
  }
}
