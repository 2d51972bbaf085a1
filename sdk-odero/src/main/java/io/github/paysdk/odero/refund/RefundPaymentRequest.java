package io.github.paysdk.odero.refund;

import io.github.paysdk.core.validation.Validate;
import io.github.paysdk.odero.internal.OderoRules;
import io.github.paysdk.odero.model.RefundDestinationType;

/**
 * A refund of a whole payment, for {@link RefundService#refundPayment}.
 *
 * @param paymentId the payment to refund
 * @param conversationId the merchant's reference for the refund
 * @param refundDestinationType where the money goes (default CARD)
 */
public record RefundPaymentRequest(
    long paymentId, String conversationId, RefundDestinationType refundDestinationType) {

  /**
   * Checks the fields.
   *
   * @throws io.github.paysdk.core.error.ValidationException naming the bad field
   */
  public RefundPaymentRequest {
    Validate.positive(paymentId, "paymentId");
    OderoRules.known(refundDestinationType, "refundDestinationType");
  }

  /**
   * @param paymentId the payment to refund
   * @param conversationId the merchant's unique reference for the refund, or null
   * @return a refund to the card
   */
  public static RefundPaymentRequest of(long paymentId, String conversationId) {
    return new RefundPaymentRequest(paymentId, conversationId, RefundDestinationType.CARD);
  }
}
