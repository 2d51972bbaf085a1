/**
 * Card payments: charge with card data (with 3-D Secure), post 3-D Secure, refunds, status by transaction
 * or invoice id, the day's transaction list and the merchant balance.
 */
package io.github.paysdk.odeonpay.payments;
