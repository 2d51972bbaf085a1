package io.github.paysdk.odeonpay.notifications;

import io.github.paysdk.odeonpay.model.OperationType;
import io.github.paysdk.odeonpay.model.TransactionStatus;
import java.math.BigDecimal;

/**
 * A verified OdeonPay notification. OdeonPay sends no type field: the type follows from
 * {@code operationTypeCode} (1 payment, 2 refund, 3 payout) and {@code statusCode} (4/5/7 success, 99
 * failure, 10 payment check). Card data is never more than the first six and last four digits.
 */
public sealed interface Notification {
  /** @return the transaction id */
  Long transactionId();

  /** @return the amount */
  BigDecimal amount();

  /** @return the currency */
  String currency();

  /** @return the date and time as OdeonPay wrote it (the doc does not specify the format) */
  String dateTime();

  /** @return the invoice id, or null */
  String invoiceId();

  /** @return the status code */
  Integer statusCode();

  /** @return the status as an enum */
  default TransactionStatus transactionStatus() {
    return TransactionStatus.of(statusCode(), null);
  }

  /** @return the operation code */
  Integer operationTypeCode();

  /** @return the operation as an enum */
  default OperationType operation() {
    return OperationType.of(operationTypeCode(), null);
  }

  /**
   * Payment Success: a payment completed.
   *
   * @param transactionId the payment's id
   * @param amount the amount
   * @param currency the currency
   * @param dateTime date and time
   * @param invoiceId the invoice id, optional
   * @param accountId the payer's identifier, optional
   * @param operationTypeCode 1
   * @param operationType "Payment"
   * @param status "Completed"
   * @param statusCode 4
   * @param cardFirstSix first six digits of the card
   * @param cardLastFour last four digits of the card
   * @param cardType card brand as free text
   * @param cardExpDate expiry, {@code MM/YYYY}
   * @param name the cardholder, optional
   * @param token the payout token (when an accountId was sent); not shown by toString
   */
  record PaymentSuccess(Long transactionId, BigDecimal amount, String currency, String dateTime,
      String invoiceId, String accountId, Integer operationTypeCode, String operationType, String status,
      Integer statusCode, String cardFirstSix, String cardLastFour, String cardType, String cardExpDate,
      String name, String token) implements Notification {
    @Override
    public String toString() {
      return "PaymentSuccess{transactionId=" + transactionId + ", amount=" + amount + ", currency="
          + currency + ", invoiceId=" + invoiceId + ", card=" + cardFirstSix + "******" + cardLastFour
          + (token != null ? ", token=****" : "") + "}";
    }
  }

  /**
   * Payment Failure: a payment was declined.
   *
   * @param transactionId the payment's id
   * @param amount the amount
   * @param currency the currency
   * @param dateTime date and time
   * @param invoiceId the invoice id, optional
   * @param accountId the payer's identifier, optional
   * @param operationTypeCode 1
   * @param operationType "Payment"
   * @param status "Declined"
   * @param statusCode 99
   * @param cardFirstSix first six digits of the card
   * @param cardLastFour last four digits of the card
   * @param cardType card brand as free text
   * @param cardExpDate expiry, {@code MM/YYYY}
   * @param name the cardholder, optional
   * @param reasonCode the reason code
   * @param reason the reason
   */
  record PaymentFailure(Long transactionId, BigDecimal amount, String currency, String dateTime,
      String invoiceId, String accountId, Integer operationTypeCode, String operationType, String status,
      Integer statusCode, String cardFirstSix, String cardLastFour, String cardType, String cardExpDate,
      String name, Integer reasonCode, String reason) implements Notification {}

  /**
   * Refund Success: a refund completed.
   *
   * @param paymentTransactionId the original payment's id
   * @param transactionId the refund's id
   * @param amount the amount
   * @param currency the currency
   * @param dateTime date and time
   * @param invoiceId the invoice id, optional
   * @param accountId the payer's identifier, optional
   * @param operationTypeCode 2
   * @param operationType "Refund"
   * @param status "RefundCompleted"
   * @param statusCode 5
   */
  record RefundSuccess(Long paymentTransactionId, Long transactionId, BigDecimal amount, String currency,
      String dateTime, String invoiceId, String accountId, Integer operationTypeCode,
      String operationType, String status, Integer statusCode) implements Notification {}

  /**
   * Refund Failure: a refund was declined.
   *
   * @param paymentTransactionId the original payment's id
   * @param transactionId the refund's id
   * @param amount the amount
   * @param currency the currency
   * @param dateTime date and time
   * @param invoiceId the invoice id, optional
   * @param accountId the payer's identifier, optional
   * @param operationTypeCode 2
   * @param operationType "Refund"
   * @param status "Declined"
   * @param statusCode 99
   * @param reasonCode the reason code
   * @param reason the reason
   */
  record RefundFailure(Long paymentTransactionId, Long transactionId, BigDecimal amount, String currency,
      String dateTime, String invoiceId, String accountId, Integer operationTypeCode,
      String operationType, String status, Integer statusCode, Integer reasonCode, String reason)
      implements Notification {}

  /**
   * Payout Success: a payout (card or APM) completed.
   *
   * @param transactionId the payout's id
   * @param amount the amount
   * @param currency the currency
   * @param accountId the recipient's identifier
   * @param invoiceId the invoice id, optional
   * @param dateTime date and time
   * @param operationTypeCode 3
   * @param operationType "CardPayout" (also for APM payouts)
   * @param status "PayoutCompleted"
   * @param statusCode 7
   */
  record PayoutSuccess(Long transactionId, BigDecimal amount, String currency, String accountId,
      String invoiceId, String dateTime, Integer operationTypeCode, String operationType, String status,
      Integer statusCode) implements Notification {}

  /**
   * Payout Failure: a payout was declined.
   *
   * @param transactionId the payout's id
   * @param amount the amount
   * @param currency the currency
   * @param accountId the recipient's identifier
   * @param invoiceId the invoice id, optional
   * @param dateTime date and time
   * @param operationTypeCode 3
   * @param operationType "CardPayout"
   * @param status "Declined"
   * @param statusCode 99
   * @param reasonCode the reason code
   * @param reason the reason
   */
  record PayoutFailure(Long transactionId, BigDecimal amount, String currency, String accountId,
      String invoiceId, String dateTime, Integer operationTypeCode, String operationType, String status,
      Integer statusCode, Integer reasonCode, String reason) implements Notification {}

  /**
   * Payment Check: the payer pressed "Pay"; answer {@link NotificationReply#approve()} to let the payment
   * proceed or {@link NotificationReply#reject(int)} to stop it.
   *
   * @param transactionId the payment's id
   * @param amount the amount
   * @param currency the currency
   * @param dateTime date and time
   * @param invoiceId the invoice id
   * @param accountId the payer's identifier
   * @param name the cardholder
   * @param operationTypeCode 1
   * @param operationType "Payment"
   * @param cardFirstSix first six digits of the card
   * @param cardLastFour last four digits of the card
   * @param cardType card brand as free text
   * @param cardExpDate expiry, {@code MM/YYYY}
   * @param status "Created"
   * @param statusCode 10
   */
  record PaymentCheck(Long transactionId, BigDecimal amount, String currency, String dateTime,
      String invoiceId, String accountId, String name, Integer operationTypeCode, String operationType,
      String cardFirstSix, String cardLastFour, String cardType, String cardExpDate, String status,
      Integer statusCode) implements Notification {}

  /**
   * A verified notification whose operation and status combination this SDK does not know. Reply
   * {@link NotificationReply#ok()} so that OdeonPay does not resend it, and inspect {@link #rawBody()}.
   *
   * @param transactionId the transaction id, if present
   * @param amount the amount, if present
   * @param currency the currency, if present
   * @param dateTime date and time, if present
   * @param invoiceId the invoice id, if present
   * @param operationTypeCode the operation code, if present
   * @param statusCode the status code, if present
   * @param rawBody the body as received (UTF-8)
   */
  record Unrecognized(Long transactionId, BigDecimal amount, String currency, String dateTime,
      String invoiceId, Integer operationTypeCode, Integer statusCode, String rawBody)
      implements Notification {
    @Override
    public String toString() {
      return "Unrecognized{transactionId=" + transactionId + ", operationTypeCode=" + operationTypeCode
          + ", statusCode=" + statusCode + "}";
    }
  }
}
