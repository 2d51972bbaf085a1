/** OdeonPay example: a card payment with 3-D Secure, a refund, a payout and a checkout link. */
package io.github.paysdk.examples.odeonpay;
