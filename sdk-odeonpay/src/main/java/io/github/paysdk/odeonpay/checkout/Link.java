package io.github.paysdk.odeonpay.checkout;

/**
 * Where to send the payer: {@code link} in a checkout or payment-link response.
 *
 * @param method the HTTP method to open it with ({@code get})
 * @param action the URL
 */
public record Link(String method, String action) {}
