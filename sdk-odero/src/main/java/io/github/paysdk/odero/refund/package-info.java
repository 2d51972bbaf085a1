/**
 * Refunds: {@link io.github.paysdk.odero.refund.RefundService} refunds whole payments or single payment
 * transactions and reads refunds back.
 */
package io.github.paysdk.odero.refund;
