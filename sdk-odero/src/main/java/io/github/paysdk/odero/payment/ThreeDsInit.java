package io.github.paysdk.odero.payment;

/**
 * The start of a 3-D Secure payment: an HTML page to show the buyer (it forwards them to their bank). The
 * bank then sends the buyer to your callback URL, after which you call
 * {@link PaymentService#complete3dsPayment(long)}.
 *
 * @param html the page, decoded from the Base64 {@code htmlContent} the platform returns
 * @param paymentId the payment id, if the platform sent it (otherwise it arrives at the callback URL)
 */
public record ThreeDsInit(String html, Long paymentId) {}
