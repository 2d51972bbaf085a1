package io.github.paysdk.odero.model;

/**
 * The error a bank returned for a payment or refund, as shown inside payment and refund records (not the
 * {@code errors} envelope of a failed call).
 *
 * @param errorCode the platform's error code
 * @param errorGroup the error group (see {@link io.github.paysdk.odero.error.PaymentErrorGroup})
 * @param errorName the bank's error name
 * @param errorMessage the bank's error message
 */
public record PaymentError(String errorCode, String errorGroup, String errorName, String errorMessage) {}
