package io.github.paysdk.oy.receivable;

import java.math.BigDecimal;

/**
 * A line of an Account Receivable invoice; an additional item with a negative price is a discount.
 *
 * @param pricePerItem the unit price in rupiah
 * @param description what it is
 * @param quantity how many, at least 1
 */
public record ArInvoiceItem(BigDecimal pricePerItem, String description, Integer quantity) {
  /**
   * @param pricePerItem the unit price in whole rupiah
   * @param description what it is
   * @param quantity how many
   * @return the item
   */
  public static ArInvoiceItem of(long pricePerItem, String description, int quantity) {
    return new ArInvoiceItem(BigDecimal.valueOf(pricePerItem), description, quantity);
  }
}
