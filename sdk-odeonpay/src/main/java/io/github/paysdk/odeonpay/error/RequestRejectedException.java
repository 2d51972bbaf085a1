package io.github.paysdk.odeonpay.error;

import io.github.paysdk.core.error.ErrorContext;
import io.github.paysdk.core.error.InvalidRequestException;

/**
 * OdeonPay answered {@code success:false} without any transaction: it rejected the request before
 * processing it (e.g. "Invalid Amount value"). {@link #providerMessage()} holds its message. Nothing moved.
 */
public class RequestRejectedException extends InvalidRequestException {
  private static final long serialVersionUID = 1L;

  /** @param context the failed call, with OdeonPay's message */
  public RequestRejectedException(ErrorContext context) {
    super("OdeonPay rejected the request (HTTP " + context.httpStatus() + "): "
        + context.providerMessage(), context, null);
  }
}
