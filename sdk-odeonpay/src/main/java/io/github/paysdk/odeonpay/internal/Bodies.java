package io.github.paysdk.odeonpay.internal;

import java.math.BigDecimal;

/** Wire bodies of the small OdeonPay calls. Null fields are not sent. */
public final class Bodies {
  private Bodies() {}

  /**
   * {@code /payments/post3ds}.
   *
   * @param transactionId the MD value
   * @param paRes the PaRes the ACS returned
   */
  public record Post3ds(long transactionId, String paRes) {
    @Override
    public String toString() {
      return "Post3ds{transactionId=" + transactionId + "}";
    }
  }

  /**
   * {@code /payments/refund} and {@code /payments/apm/refund}.
   *
   * @param transactionId the payment's id
   * @param amount the amount, or null for a full refund
   */
  public record Refund(long transactionId, BigDecimal amount) {}

  /**
   * {@code /payments/status}: the id is sent as a number, as in the doc's example.
   *
   * @param transactionId the transaction id
   */
  public record Status(long transactionId) {}

  /**
   * {@code /payments/status/invoice}.
   *
   * @param invoiceId the invoice id
   */
  public record StatusByInvoice(String invoiceId) {}

  /**
   * {@code /payments/list}.
   *
   * @param date the day, {@code YYYY-MM-DD}
   * @param timezone the time zone name, or null for UTC
   */
  public record ListDay(String date, String timezone) {}
}
