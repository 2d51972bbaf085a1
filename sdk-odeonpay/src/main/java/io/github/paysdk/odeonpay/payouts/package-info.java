/** Card payouts: to the card behind a payment token, or to a card number. */
package io.github.paysdk.odeonpay.payouts;
