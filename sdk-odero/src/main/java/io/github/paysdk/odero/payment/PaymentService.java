package io.github.paysdk.odero.payment;

import io.github.paysdk.core.error.ErrorContext;
import io.github.paysdk.core.error.MalformedResponseException;
import io.github.paysdk.core.http.ApiRequest;
import io.github.paysdk.core.retry.RetryMode;
import io.github.paysdk.core.validation.Validate;
import io.github.paysdk.odero.internal.OderoApi;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Card payments: direct, with 3-D Secure, capture of pre-authorizations, and the hosted checkout page.
 *
 * <p>The platform does not deduplicate payment calls, so they are never resent once they may have reached
 * it: a timeout or a 5xx answer throws with {@code isOutcomeUnknown() == true} and {@code lookupKey()} = the
 * conversationId (or payment id). Look the payment up through payment reporting before trying again.
 */
public final class PaymentService {
  private static final String CARD_PAYMENTS = "/payment/v1/card-payments";
  private static final String CHECKOUT = "/payment/v1/checkout-payments";
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private final OderoApi api;

  /** @param api the Odero wire (internal) */
  public PaymentService(OderoApi api) {
    this.api = Objects.requireNonNull(api, "api");
  }

  /**
   * Charges a card without 3-D Secure ({@code POST /payment/v1/card-payments}).
   *
   * @param request the payment
   * @return the payment
   * @throws io.github.paysdk.odero.error.OderoPaymentException if the bank declined
   * @throws io.github.paysdk.odero.error.OderoInsufficientFundsException if the card lacks funds
   */
  public Payment createPayment(CreatePaymentRequest request) {
    Objects.requireNonNull(request, "request");
    return api.data(moneyMoving(CARD_PAYMENTS, request, request.conversationId()), Payment.class);
  }

  /**
   * Starts a 3-D Secure payment ({@code POST /payment/v1/card-payments/3ds-init}) and decodes the page to
   * show the buyer.
   *
   * @param request the payment and callback URL
   * @return the page to show
   */
  public ThreeDsInit init3dsPayment(InitThreeDsPaymentRequest request) {
    Objects.requireNonNull(request, "request");
    ApiRequest call = moneyMoving(CARD_PAYMENTS + "/3ds-init", request, request.payment().conversationId());
    ThreeDsInitWire wire = api.data(call, ThreeDsInitWire.class);
    return new ThreeDsInit(decodeHtml(wire.htmlContent(), call), wire.paymentId());
  }

  /**
   * Completes a 3-D Secure payment after the buyer came back to the callback URL
   * ({@code POST /payment/v1/card-payments/3ds-complete}).
   *
   * @param paymentId the payment id
   * @return the payment
   */
  public Payment complete3dsPayment(long paymentId) {
    Validate.positive(paymentId, "paymentId");
    return api.data(moneyMoving(CARD_PAYMENTS + "/3ds-complete", new PaymentIdBody(paymentId),
        String.valueOf(paymentId)), Payment.class);
  }

  /**
   * Captures a PRE_AUTH payment ({@code POST /payment/v1/card-payments/{paymentId}/post-auth}).
   *
   * @param paymentId the pre-authorized payment
   * @param paidPrice the amount to capture, greater than 0
   * @return the payment
   */
  public Payment postAuthPayment(long paymentId, BigDecimal paidPrice) {
    Validate.positive(paymentId, "paymentId");
    Validate.positive(paidPrice, "paidPrice");
    return api.data(moneyMoving(CARD_PAYMENTS + "/" + paymentId + "/post-auth",
        new PaidPriceBody(paidPrice), String.valueOf(paymentId)), Payment.class);
  }

  /**
   * Creates a hosted checkout page ({@code POST /payment/v1/checkout-payments/init}).
   *
   * @param request the checkout
   * @return the page URL and token
   */
  public CheckoutInit initCheckoutPayment(InitCheckoutPaymentRequest request) {
    Objects.requireNonNull(request, "request");
    return api.data(moneyMoving(CHECKOUT + "/init", request, request.conversationId()), CheckoutInit.class);
  }

  /**
   * Retrieves the payment made on a checkout page ({@code GET /payment/v1/checkout-payments/{token}}).
   *
   * @param token the checkout token
   * @return the payment
   */
  public Payment retrieveCheckoutPayment(String token) {
    Validate.notBlank(token, "token");
    return api.data(api.get(CHECKOUT + "/" + token).build(), Payment.class);
  }

  private ApiRequest moneyMoving(String path, Object body, String lookupKey) {
    // The platform has no idempotency key: never resend once the request may have reached it.
    return api.post(path, body).retryMode(RetryMode.NON_IDEMPOTENT).lookupKey(lookupKey).build();
  }

  private static String decodeHtml(String htmlContent, ApiRequest call) {
    if (htmlContent == null) {
      throw new MalformedResponseException("3-D Secure init returned no htmlContent",
          new ErrorContext(200, null, null, null, null, true, call.lookupKey()), null);
    }
    try {
      return new String(Base64.getDecoder().decode(WHITESPACE.matcher(htmlContent).replaceAll("")), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new MalformedResponseException("3-D Secure init returned htmlContent that is not Base64",
          new ErrorContext(200, null, null, null, null, true, call.lookupKey()), e);
    }
  }

  /** The wire form of the 3-D Secure init answer. */
  record ThreeDsInitWire(String htmlContent, Long paymentId) {}

  /** The body of 3-D Secure complete. */
  record PaymentIdBody(long paymentId) {}

  /** The body of post-auth. */
  record PaidPriceBody(BigDecimal paidPrice) {}
}
