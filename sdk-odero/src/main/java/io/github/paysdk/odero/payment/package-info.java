/**
 * Card payments: {@link io.github.paysdk.odero.payment.PaymentService} creates payments (with or without
 * 3-D Secure), captures pre-authorizations and runs the hosted checkout page.
 */
package io.github.paysdk.odero.payment;
