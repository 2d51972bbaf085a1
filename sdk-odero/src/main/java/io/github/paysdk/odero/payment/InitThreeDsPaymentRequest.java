package io.github.paysdk.odero.payment;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.github.paysdk.core.validation.Validate;
import io.github.paysdk.odero.internal.OderoRules;

/**
 * A card payment with 3-D Secure: the payment plus the URL the buyer's bank sends the buyer back to. Sent
 * as one flat JSON object.
 *
 * @param payment the payment
 * @param callbackUrl where the buyer returns after authenticating (absolute http or https URL)
 */
public record InitThreeDsPaymentRequest(@JsonUnwrapped CreatePaymentRequest payment, String callbackUrl) {

  /**
   * Checks both parts.
   *
   * @throws io.github.paysdk.core.error.ValidationException if either is missing or the URL is not
   *     absolute http(s)
   */
  public InitThreeDsPaymentRequest {
    Validate.required(payment, "payment");
    OderoRules.callbackUrl(callbackUrl, "callbackUrl");
  }

  /**
   * @param payment the payment
   * @param callbackUrl where the buyer returns after 3-D Secure, required
   * @return the request
   * @throws io.github.paysdk.core.error.ValidationException if either is missing or the URL is not
   *     absolute http(s)
   */
  public static InitThreeDsPaymentRequest of(CreatePaymentRequest payment, String callbackUrl) {
    return new InitThreeDsPaymentRequest(payment, callbackUrl);
  }
}
