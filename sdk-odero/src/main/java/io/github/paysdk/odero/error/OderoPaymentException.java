package io.github.paysdk.odero.error;

import io.github.paysdk.core.error.ApiException;
import io.github.paysdk.core.error.ErrorContext;

/**
 * The bank or the platform declined a payment or refund; {@link #paymentErrorGroup()} says why (lost card,
 * wrong CVC, suspected fraud ...). The outcome is known: nothing was charged. Lack of funds is the more
 * specific {@link OderoInsufficientFundsException}.
 */
public class OderoPaymentException extends ApiException implements OderoFailure {
  private static final long serialVersionUID = 1L;
  private final transient OderoError error;

  /**
   * @param message the exception message
   * @param context what is known about the failed call
   * @param error the platform's {@code errors} object
   */
  public OderoPaymentException(String message, ErrorContext context, OderoError error) {
    super(message, context, null);
    this.error = error;
  }

  @Override
  public OderoError oderoError() {
    return error;
  }

  /** @return the error group as an enum */
  public PaymentErrorGroup paymentErrorGroup() {
    return error.paymentErrorGroup();
  }
}
