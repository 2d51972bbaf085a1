package io.github.paysdk.oy.checkout;

/**
 * A created payment link or invoice.
 *
 * @param url the page the payer opens ({@code https://pay.oyindonesia.com/<id>})
 * @param paymentLinkId OY's id for the link (not your {@code partner_tx_id})
 * @param childBalance the child account, echoed when you sent one
 * @param message OY's message
 * @param emailStatus whether the link email was sent, e.g. {@code PROCESSED}
 */
public record PaymentLink(
    String url, String paymentLinkId, String childBalance, String message, String emailStatus) {}
