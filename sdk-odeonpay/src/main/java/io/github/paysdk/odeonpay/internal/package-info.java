/**
 * OdeonPay wire mechanics: the {@code Content-HMAC} signer, the response envelope, the error mapper and
 * wire bodies. Not public API: these types may change in any release.
 */
package io.github.paysdk.odeonpay.internal;
