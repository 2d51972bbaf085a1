package io.github.paysdk.oy.receivable;

import io.github.paysdk.core.validation.Validate;
import java.math.BigDecimal;

/**
 * Filters for listing invoices (sent as query parameters). Unset filters are not sent.
 *
 * @param offset the first invoice, from 0
 * @param limit invoices per page
 * @param sourceData only invoices created through the API or the dashboard
 * @param invoiceNumber only invoice numbers matching this
 * @param customerName only customer names matching this
 * @param status only invoices in this status
 * @param minInvoiceAmount only invoices of at least this amount
 * @param maxInvoiceAmount only invoices of at most this amount
 */
public record ArInvoiceFilter(
    int offset,
    int limit,
    SourceData sourceData,
    String invoiceNumber,
    String customerName,
    ArInvoiceStatus status,
    BigDecimal minInvoiceAmount,
    BigDecimal maxInvoiceAmount) {

  /** Checks paging and the amount range. */
  public ArInvoiceFilter {
    Validate.check(offset >= 0, "offset", "must not be negative");
    Validate.check(limit >= 1, "limit", "must be at least 1");
    Validate.check(minInvoiceAmount == null || maxInvoiceAmount == null
        || minInvoiceAmount.compareTo(maxInvoiceAmount) <= 0, "minInvoiceAmount",
        "must not exceed maxInvoiceAmount");
  }

  /** @return no filters, 10 per page */
  public static ArInvoiceFilter all() {
    return new ArInvoiceFilter(0, 10, null, null, null, null, null, null);
  }
}
