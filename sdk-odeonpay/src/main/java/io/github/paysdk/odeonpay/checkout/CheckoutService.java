package io.github.paysdk.odeonpay.checkout;

import io.github.paysdk.core.retry.RetryMode;
import io.github.paysdk.odeonpay.internal.Envelope;
import io.github.paysdk.odeonpay.internal.OdeonPayApi;
import io.github.paysdk.odeonpay.internal.Reply;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Hosted payment pages. Get it from {@code OdeonPayClient.checkout()}. Thread-safe.
 *
 * <p>Creating a link moves no money, but a second link for the same order could be paid twice, so links
 * are not resent after the request may have reached OdeonPay (unless duplicate protection is on and the
 * request has an invoice id).
 */
public final class CheckoutService {
  private final OdeonPayApi api;

  /** @param api the client's API access (internal) */
  public CheckoutService(OdeonPayApi api) {
    this.api = Objects.requireNonNull(api, "api");
  }

  /**
   * Creates a dynamic checkout link ({@code POST /checkout/link}).
   *
   * @param request the checkout
   * @return the link to send the payer to
   */
  public Link checkoutLink(CheckoutLinkRequest request) {
    Objects.requireNonNull(request, "request");
    // Its answer has an empty model, so a duplicate-protection decline could not be told apart from a
    // link: never resent after the request may have arrived.
    Reply reply = api.post("/checkout/link", request, RetryMode.NON_IDEMPOTENT, request.invoiceId());
    return link(reply);
  }

  /**
   * Creates a payment link ({@code POST /payments/link}); with {@code data.paymentTypeId} it is an APM
   * payment.
   *
   * @param request the payment
   * @return the created transaction and the link
   * @throws io.github.paysdk.odeonpay.error.DuplicateInvoiceException if the invoice id was already used
   */
  public PaymentLink paymentLink(PaymentLinkRequest request) {
    Objects.requireNonNull(request, "request");
    Reply reply = api.post("/payments/link", request, api.moneyMoving(request.invoiceId()),
        request.invoiceId());
    return new PaymentLink(reply.transactionCheckingDuplicate(), link(reply));
  }

  /**
   * Builds the hosted-redirect page URL for this client's publicId; no request is sent. Every value is
   * percent-encoded (spaces as {@code %20}).
   *
   * @param redirect the parameters
   * @return e.g. {@code https://api.odeonpay.com/payments/redirect/pbid_..?amount=10.50&...}
   */
  public String redirectUrl(HostedRedirect redirect) {
    Objects.requireNonNull(redirect, "redirect");
    String base = api.baseUrl().toString();
    StringBuilder url = new StringBuilder(base.endsWith("/") ? base : base + "/")
        .append("payments/redirect/").append(encode(api.publicId()));
    char separator = '?';
    String[][] params = {
      {"amount", redirect.amount().toPlainString()},
      {"description", redirect.description()},
      {"currency", redirect.currency()},
      {"invoiceId", redirect.invoiceId()},
      {"accountId", redirect.accountId()},
      {"successUrl", redirect.successUrl()},
      {"failureUrl", redirect.failureUrl()},
      {"pendingUrl", redirect.pendingUrl()},
      {"cancelUrl", redirect.cancelUrl()},
      {"locale", redirect.locale()},
    };
    for (String[] param : params) {
      if (param[1] != null) {
        url.append(separator).append(param[0]).append('=').append(encode(param[1]));
        separator = '&';
      }
    }
    return url.toString();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static Link link(Reply reply) {
    if (!Envelope.present(reply.envelope().link())) {
      throw reply.missing("link");
    }
    Link link = reply.convert(reply.envelope().link(), Link.class);
    if (link.action() == null) {
      throw reply.missing("link.action");
    }
    return link;
  }
}
