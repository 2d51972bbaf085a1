/**
 * Hosted payment pages: the dynamic checkout link (with page customization), the payment link (also used
 * for alternative payment methods), and the hosted-redirect URL built without an API call.
 */
package io.github.paysdk.odeonpay.checkout;
