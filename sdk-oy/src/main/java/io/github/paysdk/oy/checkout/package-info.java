/**
 * Fund Acceptance (payment checkout): payment links ({@code create-v2}), invoices
 * ({@code create-invoice}), their status, deletion and details. Results arrive by the payment-link
 * callback, parsed into the same {@link io.github.paysdk.oy.checkout.PaymentStatus} the status endpoint
 * returns. The recurring-invoice endpoint is left out: OY documents its path only as {@code /api/TBD}.
 */
package io.github.paysdk.oy.checkout;
