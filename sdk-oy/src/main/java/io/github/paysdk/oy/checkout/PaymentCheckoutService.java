package io.github.paysdk.oy.checkout;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.paysdk.core.error.MalformedResponseException;
import io.github.paysdk.core.http.ApiRequest;
import io.github.paysdk.core.http.ApiResponse;
import io.github.paysdk.core.http.ErrorContexts;
import io.github.paysdk.core.http.HttpMethod;
import io.github.paysdk.core.retry.RetryMode;
import io.github.paysdk.oy.internal.OyErrors;
import io.github.paysdk.oy.internal.OyHttp;
import io.github.paysdk.oy.internal.OyValidation;
import java.util.Objects;

/**
 * Payment checkout: {@code /api/payment-checkout/...}. Failures come back as {@code "status": false}
 * with a message and no code; the SDK maps the documented messages to exception types.
 */
public final class PaymentCheckoutService {
  private final OyHttp http;

  /** @param http the OY transport (internal) */
  public PaymentCheckoutService(OyHttp http) {
    this.http = Objects.requireNonNull(http, "http");
  }

  /**
   * Creates a payment link ({@code POST /api/payment-checkout/create-v2}). Not retried once it may
   * have reached OY; on an outcome-unknown error check {@link #status(String)} with your
   * {@code partnerTxId}.
   *
   * @param request the link
   * @return the link's URL and id
   */
  public PaymentLink createPaymentLink(CreatePaymentLinkRequest request) {
    Objects.requireNonNull(request, "request");
    return create("/api/payment-checkout/create-v2", request, request.partnerTxId());
  }

  /**
   * Creates an invoice and emails it ({@code POST /api/payment-checkout/create-invoice}).
   *
   * @param request the invoice
   * @return the invoice link's URL and id
   */
  public PaymentLink createInvoice(CreateCheckoutInvoiceRequest request) {
    Objects.requireNonNull(request, "request");
    return create("/api/payment-checkout/create-invoice", request, request.link().partnerTxId());
  }

  private PaymentLink create(String path, Object body, String partnerTxId) {
    ApiRequest call = http.request(HttpMethod.POST, path, body)
        .retryMode(RetryMode.NON_IDEMPOTENT).lookupKey(partnerTxId).build();
    OyHttp.Wrapped answer = http.booleanStatus(call);
    return http.codec().convert(answer.response(), answer.data(), PaymentLink.class);
  }

  /**
   * @param partnerTxId your id for the link
   * @return its latest state ({@code GET /api/payment-checkout/status})
   */
  public PaymentStatus status(String partnerTxId) {
    return status(partnerTxId, false);
  }

  /**
   * @param partnerTxId your id for the link
   * @param sendCallback whether OY should send the latest callback again
   * @return its latest state
   */
  public PaymentStatus status(String partnerTxId, boolean sendCallback) {
    OyValidation.requiredText(partnerTxId, 255, "partnerTxId");
    return status("partner_tx_id", partnerTxId, sendCallback);
  }

  /**
   * Looks a QRIS payment up by its reference (for OVO-paid QRIS, the first 12 characters of the
   * transaction code).
   *
   * @param paymentReferenceNumber the QRIS payment reference
   * @param sendCallback whether OY should send the latest callback again
   * @return its latest state
   */
  public PaymentStatus statusByReference(String paymentReferenceNumber, boolean sendCallback) {
    OyValidation.requiredText(paymentReferenceNumber, 255, "paymentReferenceNumber");
    return status("payment_reference_number", paymentReferenceNumber, sendCallback);
  }

  private PaymentStatus status(String name, String value, boolean sendCallback) {
    ApiRequest call = http.request(HttpMethod.GET, "/api/payment-checkout/status")
        .query(name, value).query("send_callback", sendCallback).lookupKey(value).build();
    ApiResponse response = http.execute(call);
    JsonNode root = http.codec().readTree(response);
    JsonNode status = root.path("status");
    // The docs show a flat object; an SDK in the wild sees {success, data:{...}}. Accept both.
    JsonNode flag = status.isBoolean() ? status : root.path("success");
    if (flag.isBoolean() && !flag.booleanValue() || !response.isSuccessful()) {
      JsonNode message = root.path("message").isValueNode() ? root.path("message") : root.path("reason");
      throw OyErrors.forCheckoutMessage(response, message.isValueNode() ? message.asText() : null);
    }
    JsonNode body = root.path("data").isObject() ? root.path("data") : root;
    if (!body.has("status") && !body.has("partner_tx_id")) {
      throw new MalformedResponseException("Payment status has no status field (HTTP "
          + response.status() + ")", ErrorContexts.unreadable(response), null);
    }
    return http.codec().convert(response, body, PaymentStatus.class);
  }

  /**
   * Deletes a link that is still CREATED and has no payment method chosen
   * ({@code DELETE /api/payment-checkout/<id>}).
   *
   * @param paymentLinkIdOrPartnerTxId OY's link id or your {@code partner_tx_id}
   * @return OY's message
   * @throws io.github.paysdk.core.error.ConflictException if the link is past CREATED
   * @throws io.github.paysdk.core.error.NotFoundException if there is no such link
   */
  public String delete(String paymentLinkIdOrPartnerTxId) {
    OyValidation.pathId(paymentLinkIdOrPartnerTxId, 255, "paymentLinkIdOrPartnerTxId");
    OyHttp.Wrapped answer = http.booleanStatus(http.request(HttpMethod.DELETE,
            "/api/payment-checkout/" + paymentLinkIdOrPartnerTxId)
        .retryMode(RetryMode.NON_IDEMPOTENT).lookupKey(paymentLinkIdOrPartnerTxId).build());
    return answer.data().path("message").asText(null);
  }

  /**
   * @param paymentLinkIdOrPartnerTxId OY's link id or your {@code partner_tx_id}
   * @return the link's details ({@code GET /api/payment-checkout/<id>})
   */
  public PaymentLinkDetails get(String paymentLinkIdOrPartnerTxId) {
    OyValidation.pathId(paymentLinkIdOrPartnerTxId, 255, "paymentLinkIdOrPartnerTxId");
    ApiRequest call = http.request(HttpMethod.GET,
        "/api/payment-checkout/" + paymentLinkIdOrPartnerTxId).build();
    OyHttp.Wrapped answer = http.booleanStatus(call);
    return http.codec().convert(answer.response(), answer.data().path("data"),
        PaymentLinkDetails.class);
  }
}
