package io.github.paysdk.oy.error;

import io.github.paysdk.core.error.ConflictException;
import io.github.paysdk.core.error.ErrorContext;

/**
 * OY already has a transaction under this partner id (disbursement {@code 203}/{@code 257}, VA
 * {@code 203}). This is not a failure of that transaction: look it up by {@link #lookupKey()}.
 * {@code disbursement().create(..)} turns a duplicate into a status lookup itself, and throws this only
 * when the existing disbursement is a different one (other amount, bank or account).
 */
public class DuplicatePartnerTrxIdException extends ConflictException {
  private static final long serialVersionUID = 1L;

  /** @param context what is known about the call; its lookup key is the partner id */
  public DuplicatePartnerTrxIdException(ErrorContext context) {
    super(context);
  }

  /**
   * @param message what happened
   * @param context what is known about the call
   */
  public DuplicatePartnerTrxIdException(String message, ErrorContext context) {
    super(message, context, null);
  }

  /**
   * @param message what happened
   * @param context what is known about the call
   * @param cause why the existing transaction could not be looked up
   */
  public DuplicatePartnerTrxIdException(String message, ErrorContext context, Throwable cause) {
    super(message, context, cause);
  }
}
