/**
 * Odero's errors. Every error response with the platform's {@code {"errors": {...}}} envelope becomes an
 * exception that extends the matching core type and implements {@link io.github.paysdk.odero.error.OderoFailure}
 * (errorCode, errorDescription, errorGroup). Payment errors are classified by their group, as Odero asks:
 * {@code NOT_SUFFICIENT_FUNDS} gives {@link io.github.paysdk.odero.error.OderoInsufficientFundsException},
 * every other group {@link io.github.paysdk.odero.error.OderoPaymentException}.
 */
package io.github.paysdk.odero.error;
