/**
 * OdeonPay (odeonpay.com) card payment gateway: card charges with 3-D Secure, refunds, payouts, hosted
 * checkout and payment links, alternative payment methods and notifications. Start with
 * {@link io.github.paysdk.odeonpay.OdeonPayClient#builder()}.
 */
package io.github.paysdk.odeonpay;
