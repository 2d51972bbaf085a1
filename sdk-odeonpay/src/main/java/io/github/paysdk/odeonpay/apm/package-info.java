/**
 * Alternative payment methods (e-wallets, bank transfers, UPI, crypto): APM payouts and refunds, and the
 * payment type dictionary. APM payments go through a payment link with {@code data.paymentTypeId}.
 */
package io.github.paysdk.odeonpay.apm;
