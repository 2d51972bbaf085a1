package io.github.paysdk.oy.checkout;

import io.github.paysdk.core.validation.Validate;
import java.time.LocalDate;

/**
 * One line of a checkout invoice ({@code invoice_items}).
 *
 * @param item the item's name
 * @param description a description
 * @param quantity how many, at least 1
 * @param dateOfPurchase the purchase date (sent as {@code yyyy-MM-dd})
 * @param pricePerItem the unit price in whole rupiah, not negative
 */
public record InvoiceItem(
    String item, String description, int quantity, LocalDate dateOfPurchase, long pricePerItem) {
  /** Checks the fields. */
  public InvoiceItem {
    Validate.notBlank(item, "invoiceItems.item");
    Validate.check(quantity >= 1, "invoiceItems.quantity", "must be at least 1");
    Validate.check(pricePerItem >= 0, "invoiceItems.pricePerItem", "must not be negative");
  }
}
