/**
 * {@link io.github.paysdk.testing.odero.OderoSimulator}: an in-process Odero (TokenPay platform) that checks
 * signatures like the platform and keeps payments, transactions and refunds consistent.
 */
package io.github.paysdk.testing.odero;
