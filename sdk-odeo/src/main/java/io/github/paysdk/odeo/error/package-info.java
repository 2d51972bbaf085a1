/**
 * Exceptions for Odeo's documented {@code error_code}s. Each extends the closest core type
 * ({@link io.github.paysdk.core.error.InvalidRequestException},
 * {@link io.github.paysdk.core.error.NotFoundException},
 * {@link io.github.paysdk.core.error.InsufficientFundsException}), so callers can catch either. Odeo may
 * send its error envelope with any HTTP status, including 200; the SDK checks {@code error_code} always.
 */
package io.github.paysdk.odeo.error;
