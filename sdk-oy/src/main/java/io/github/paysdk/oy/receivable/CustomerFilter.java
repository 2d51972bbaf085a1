package io.github.paysdk.oy.receivable;

import io.github.paysdk.core.validation.Validate;

/**
 * Filters for listing customers (sent as query parameters). Unset filters are not sent.
 *
 * @param offset the first customer, from 0
 * @param limit customers per page
 * @param status only customers in this status
 * @param partnerCustomerId only this partner customer id
 * @param name only names matching this
 * @param taxType only this PPN treatment
 * @param pphTax only this PPh treatment
 */
public record CustomerFilter(
    int offset,
    int limit,
    CustomerStatus status,
    String partnerCustomerId,
    String name,
    TaxType taxType,
    PphTax pphTax) {

  /** Checks paging. */
  public CustomerFilter {
    Validate.check(offset >= 0, "offset", "must not be negative");
    Validate.check(limit >= 1, "limit", "must be at least 1");
  }

  /** @return no filters, 10 per page */
  public static CustomerFilter all() {
    return new CustomerFilter(0, 10, null, null, null, null, null);
  }
}
