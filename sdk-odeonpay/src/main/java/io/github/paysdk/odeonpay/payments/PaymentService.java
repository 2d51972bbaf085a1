package io.github.paysdk.odeonpay.payments;

import io.github.paysdk.core.retry.RetryMode;
import io.github.paysdk.core.validation.Validate;
import io.github.paysdk.odeonpay.internal.Bodies;
import io.github.paysdk.odeonpay.internal.ChargeBody;
import io.github.paysdk.odeonpay.internal.ChargeResults;
import io.github.paysdk.odeonpay.internal.Envelope;
import io.github.paysdk.odeonpay.internal.OdeonPayApi;
import io.github.paysdk.odeonpay.internal.Reply;
import io.github.paysdk.odeonpay.model.Transaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/**
 * Card payments, refunds, status, the day's list and the balance. Get it from
 * {@code OdeonPayClient.payments()}. Thread-safe.
 *
 * <p>Charges and refunds move money: they are sent once and not retried after the request may have
 * reached OdeonPay, unless the client was built with {@code invoiceDuplicateProtection(true)} and the
 * charge has an invoice id. A failure then throws with {@code isOutcomeUnknown() == true}; look the result
 * up with {@link #statusByInvoice(String)} or {@link #status(long)} before trying again.
 */
public final class PaymentService {
  private final OdeonPayApi api;

  /** @param api the client's API access (internal) */
  public PaymentService(OdeonPayApi api) {
    this.api = Objects.requireNonNull(api, "api");
  }

  /**
   * Charges a card ({@code POST /payments/charge/card}).
   *
   * @param request the charge
   * @return completed, declined, 3-D Secure redirect or ACS required, or pending
   * @throws io.github.paysdk.odeonpay.error.DuplicateInvoiceException if the invoice id was already used
   * @throws io.github.paysdk.odeonpay.error.RequestRejectedException if OdeonPay rejected the request
   * @throws io.github.paysdk.core.error.ApiConnectionException if no answer arrived; check
   *     {@code isOutcomeUnknown()}
   */
  public ChargeResult charge(ChargeRequest request) {
    Objects.requireNonNull(request, "request");
    Reply reply = api.postForTransaction("/payments/charge/card", ChargeBody.of(api.publicId(), request),
        api.moneyMoving(request.invoiceId()), request.invoiceId());
    return ChargeResults.from(reply);
  }

  /**
   * Completes Advanced 3-D Secure ({@code POST /payments/post3ds}) with what the ACS posted back.
   *
   * @param transactionId the {@code MD} value (the charge's transaction id)
   * @param paRes the {@code PaRes} value
   * @return completed or declined
   */
  public ChargeResult post3ds(long transactionId, String paRes) {
    Validate.positive(transactionId, "transactionId");
    Validate.notBlank(paRes, "paRes");
    Reply reply = api.postForTransaction("/payments/post3ds", new Bodies.Post3ds(transactionId, paRes),
        RetryMode.NON_IDEMPOTENT, String.valueOf(transactionId));
    return ChargeResults.from(reply);
  }

  /**
   * Refunds a completed payment in full ({@code POST /payments/refund} without an amount).
   *
   * @param paymentTransactionId the payment's transaction id
   * @return the refund's id; its status comes by notification or {@link #status(long)}
   */
  public Refund refund(long paymentTransactionId) {
    return sendRefund(paymentTransactionId, null);
  }

  /**
   * Refunds part (or all) of a completed payment ({@code POST /payments/refund}).
   *
   * @param paymentTransactionId the payment's transaction id
   * @param amount the amount to refund, greater than 0
   * @return the refund's id; its status comes by notification or {@link #status(long)}
   */
  public Refund refund(long paymentTransactionId, BigDecimal amount) {
    Validate.positive(amount, "amount");
    return sendRefund(paymentTransactionId, amount);
  }

  private Refund sendRefund(long paymentTransactionId, BigDecimal amount) {
    Validate.positive(paymentTransactionId, "transactionId");
    // Refunds carry no invoice id, so OdeonPay cannot deduplicate them: never resent after they may
    // have arrived. Look the outcome up by the payment's id (status / list).
    Reply reply = api.post("/payments/refund", new Bodies.Refund(paymentTransactionId, amount),
        RetryMode.NON_IDEMPOTENT, String.valueOf(paymentTransactionId));
    Refund refund = reply.convert(reply.envelope().model(), Refund.class);
    if (refund.transactionId() == null) {
      throw reply.missing("model.transactionId");
    }
    return refund;
  }

  /**
   * The current status of one transaction ({@code POST /payments/status}).
   *
   * @param transactionId the transaction id
   * @return the transaction, with its operation type
   */
  public Transaction status(long transactionId) {
    Validate.positive(transactionId, "transactionId");
    Reply reply = api.postForTransaction("/payments/status", new Bodies.Status(transactionId),
        RetryMode.READ, null);
    return reply.transaction();
  }

  /**
   * Every transaction with an invoice id ({@code POST /payments/status/invoice}), including declined
   * duplicates (reason 6002).
   *
   * @param invoiceId the invoice id
   * @return the transactions, possibly empty
   */
  public List<Transaction> statusByInvoice(String invoiceId) {
    Validate.notBlank(invoiceId, "invoiceId");
    return api.postForTransactions("/payments/status/invoice", new Bodies.StatusByInvoice(invoiceId),
        Transaction.class);
  }

  /**
   * The transactions created on one day in UTC ({@code POST /payments/list}).
   *
   * @param date the day
   * @return the transactions
   */
  public List<ListedTransaction> list(LocalDate date) {
    return list(date, (String) null);
  }

  /**
   * The transactions created on one day in a time zone of OdeonPay's dictionary.
   *
   * @param date the day
   * @param timezone the zone
   * @return the transactions
   */
  public List<ListedTransaction> list(LocalDate date, ListTimezone timezone) {
    Validate.required(timezone, "timezone");
    return list(date, timezone.wireName());
  }

  /**
   * The transactions created on one day in a time zone given by name (for names newer than
   * {@link ListTimezone}).
   *
   * @param date the day
   * @param timezoneName the zone name, or null for UTC
   * @return the transactions
   */
  public List<ListedTransaction> list(LocalDate date, String timezoneName) {
    Validate.required(date, "date");
    return api.postForTransactions("/payments/list",
        new Bodies.ListDay(date.format(DateTimeFormatter.ISO_LOCAL_DATE), timezoneName),
        ListedTransaction.class);
  }

  /**
   * The merchant's balances ({@code GET /payments/balance}).
   *
   * @return the balance accounts
   */
  public List<Balance> balance() {
    Reply reply = api.get("/payments/balance");
    if (!Envelope.present(reply.envelope().balances())) {
      throw reply.missing("balances");
    }
    return reply.list(reply.envelope().balances(), Balance.class);
  }
}
