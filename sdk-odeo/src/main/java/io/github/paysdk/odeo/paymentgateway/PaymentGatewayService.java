package io.github.paysdk.odeo.paymentgateway;

import io.github.paysdk.core.validation.Validate;
import io.github.paysdk.odeo.internal.OdeoApi;
import io.github.paysdk.odeo.internal.OdeoValidation;
import java.util.List;
import java.util.Objects;

/**
 * Odeo's payment gateway API ({@code /pg/v1}): look payments up. Obtain it from
 * {@code OdeoClient.paymentGateway()}.
 */
public final class PaymentGatewayService {
  /** Fields without which an answer is not a payment. */
  private static final String[] REQUIRED = {"payment_id", "status"};
  private final OdeoApi api;

  /**
   * Not public API: use {@code OdeoClient.paymentGateway()}.
   *
   * @param api the client's connection
   */
  public PaymentGatewayService(OdeoApi api) {
    this.api = Objects.requireNonNull(api, "api");
  }

  /**
   * {@code GET /pg/v1/payment/{paymentId}} (singular {@code payment}).
   *
   * @param paymentId Odeo's id, digits only
   * @return the payment
   * @throws io.github.paysdk.odeo.error.OdeoResourceNotFoundException if there is none
   */
  public Payment getPayment(String paymentId) {
    OdeoValidation.numericId(paymentId, "paymentId");
    return api.get("/pg/v1/payment/" + paymentId, List.of()).as(Payment.class, REQUIRED);
  }

  /**
   * {@code GET /pg/v1/payment/reference-id/{referenceId}}.
   *
   * @param referenceId your reference id
   * @return the payment
   * @throws io.github.paysdk.odeo.error.OdeoResourceNotFoundException if there is none
   */
  public Payment getPaymentByReferenceId(String referenceId) {
    OdeoValidation.referenceId(referenceId, "referenceId");
    return api.get("/pg/v1/payment/reference-id/" + referenceId, List.of())
        .as(Payment.class, REQUIRED);
  }

  /**
   * Looks a payment up by exactly one of its ids, like the Python SDK's
   * {@code get_payment(by_payment_id, by_reference_id)}.
   *
   * @param paymentId Odeo's id, or null
   * @param referenceId your reference id, or null
   * @return the payment
   * @throws io.github.paysdk.core.error.ValidationException if both or neither are given
   */
  public Payment getPayment(String paymentId, String referenceId) {
    Validate.exactlyOne(paymentId, "paymentId", referenceId, "referenceId");
    return paymentId != null && !paymentId.isBlank()
        ? getPayment(paymentId)
        : getPaymentByReferenceId(referenceId);
  }
}
