package io.github.paysdk.oy.receivable;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** The PPh 23 withholding treatment of a customer's invoices. */
public enum PphTax {
  /** {@code NO_TAX}. */
  NO_TAX,
  /** {@code PPH_23_NON_NPWP}. */
  PPH_23_NON_NPWP,
  /** {@code PPH_23_NPWP}. */
  PPH_23_NPWP,
  /** A value this SDK version does not know (never send it). */
  @JsonEnumDefaultValue
  UNKNOWN
}
