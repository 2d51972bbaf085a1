package io.github.paysdk.momo;

import java.util.Locale;

/**
 * The three MoMo products. Each has its own subscription key, its own access token and its own path
 * prefix ({@code /collection}, {@code /disbursement}, {@code /remittance}).
 */
public enum MomoProduct {
  /** Collection: request to pay, request to withdraw, invoices, pre-approvals, payments. */
  COLLECTION,
  /** Disbursement: transfer, deposit, refund. */
  DISBURSEMENT,
  /** Remittance: international transfer and cash transfer. */
  REMITTANCE;

  /** @return the path segment, e.g. {@code disbursement} */
  public String pathSegment() {
    return name().toLowerCase(Locale.ROOT);
  }
}
