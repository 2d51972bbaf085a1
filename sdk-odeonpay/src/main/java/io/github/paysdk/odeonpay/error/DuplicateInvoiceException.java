package io.github.paysdk.odeonpay.error;

import io.github.paysdk.core.error.ConflictException;
import io.github.paysdk.core.error.ErrorContext;
import io.github.paysdk.odeonpay.model.Transaction;

/**
 * OdeonPay declined the request as a duplicate of an earlier one with the same invoice id (reason code
 * 6002, duplicate protection on). The earlier request, possibly an earlier attempt of this very call,
 * decides the outcome: {@link #isOutcomeUnknown()} is true and {@link #lookupKey()} is the invoice id to
 * pass to {@code payments().statusByInvoice(..)}.
 */
public class DuplicateInvoiceException extends ConflictException {
  private static final long serialVersionUID = 1L;
  private final transient Transaction duplicate;

  /**
   * @param context the failed call; its lookup key is the invoice id
   * @param duplicate the declined duplicate transaction OdeonPay returned
   */
  public DuplicateInvoiceException(ErrorContext context, Transaction duplicate) {
    super("Invoice id " + context.lookupKey() + " was already used (reason 6002); look up the earlier "
        + "transaction with statusByInvoice", context, null);
    this.duplicate = duplicate;
  }

  /** @return the declined duplicate transaction OdeonPay returned (not the original) */
  public Transaction duplicate() {
    return duplicate;
  }
}
