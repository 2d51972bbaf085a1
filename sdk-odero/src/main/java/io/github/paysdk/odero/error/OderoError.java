package io.github.paysdk.odero.error;

/**
 * The {@code errors} object of an Odero error response.
 *
 * @param errorCode the platform's error code as sent (e.g. {@code "10051"})
 * @param errorDescription the platform's description of the error
 * @param errorGroup the group of a payment or bank error (e.g. {@code NOT_SUFFICIENT_FUNDS}); null for
 *     other errors
 */
public record OderoError(String errorCode, String errorDescription, String errorGroup) {
  /** @return whether this is a payment or bank error, which the platform identifies by its group */
  public boolean isPaymentError() {
    return errorGroup != null && !errorGroup.isBlank();
  }

  /** @return the group as an enum ({@link PaymentErrorGroup#UNKNOWN} for a new or missing group) */
  public PaymentErrorGroup paymentErrorGroup() {
    return PaymentErrorGroup.fromWire(errorGroup);
  }
}
