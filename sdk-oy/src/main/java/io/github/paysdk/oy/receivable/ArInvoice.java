package io.github.paysdk.oy.receivable;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.paysdk.oy.internal.OyDates;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An Account Receivable invoice. OY sends its dates as epoch milliseconds (create) or as text (get); both
 * are read, as WIB.
 *
 * @param id OY's invoice id (for cancel, get and resend)
 * @param status the invoice's state
 * @param customerId OY's customer id
 * @param customerName the customer's name
 * @param customerEmail the customer's email
 * @param customerPhoneNumber the customer's phone number
 * @param invoiceNumber your invoice number
 * @param sourceData API or DASHBOARD
 * @param message the footnote
 * @param attachments the attachments
 * @param invoiceDate the invoice date
 * @param paymentDate when it reached PAID or CANCELLED
 * @param dueDate the due date
 * @param expirationDate when the payment link expires
 * @param amountBilled the total billed including tax
 * @param amountReceived what was received
 * @param adminFee OY's fee
 * @param paymentMethod how it was paid
 * @param paymentUrl the page the customer pays on
 * @param invoiceItems the lines
 * @param timelineInvoices the invoice's history
 */
public record ArInvoice(
    String id,
    ArInvoiceStatus status,
    String customerId,
    String customerName,
    String customerEmail,
    String customerPhoneNumber,
    String invoiceNumber,
    SourceData sourceData,
    String message,
    List<String> attachments,
    @JsonDeserialize(using = OyDates.WibDate.class) LocalDate invoiceDate,
    @JsonDeserialize(using = OyDates.Wib.class) Instant paymentDate,
    @JsonDeserialize(using = OyDates.WibDate.class) LocalDate dueDate,
    @JsonDeserialize(using = OyDates.Wib.class) Instant expirationDate,
    BigDecimal amountBilled,
    BigDecimal amountReceived,
    BigDecimal adminFee,
    String paymentMethod,
    String paymentUrl,
    List<ArInvoiceItem> invoiceItems,
    List<TimelineEntry> timelineInvoices) {

  /**
   * One step of an invoice's history.
   *
   * @param status the status reached
   * @param actionStakeholder who did it
   * @param actionDate when (WIB)
   */
  public record TimelineEntry(
      ArInvoiceStatus status,
      String actionStakeholder,
      @JsonDeserialize(using = OyDates.Wib.class) Instant actionDate) {}
}
