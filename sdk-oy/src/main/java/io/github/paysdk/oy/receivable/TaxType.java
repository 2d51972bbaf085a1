package io.github.paysdk.oy.receivable;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** The PPN (VAT) treatment of a customer's invoices. */
public enum TaxType {
  /** {@code NO_TAX}. */
  NO_TAX,
  /** {@code PPN_11_INCLUSIVE}. */
  PPN_11_INCLUSIVE,
  /** {@code PPN_11_EXCLUSIVE}. */
  PPN_11_EXCLUSIVE,
  /** {@code PPN_10_INCLUSIVE}. */
  PPN_10_INCLUSIVE,
  /** {@code PPN_10_EXCLUSIVE}. */
  PPN_10_EXCLUSIVE,
  /** A value this SDK version does not know (never send it). */
  @JsonEnumDefaultValue
  UNKNOWN
}
