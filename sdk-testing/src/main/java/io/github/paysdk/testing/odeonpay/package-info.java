/**
 * An in-process OdeonPay simulator: Basic auth and {@code Content-HMAC} checked like the real system, the
 * documented test cards, 3-D Secure (Advanced and Redirect, passphrase "4"), refunds, payouts, links, APM,
 * state for status/list/balance, switchable duplicate protection, signed notifications and faults.
 */
package io.github.paysdk.testing.odeonpay;
