package io.github.paysdk.odero.internal;

import io.github.paysdk.odero.error.OderoError;

/**
 * Odero's response envelope: {@code {"data": ...}} on success, {@code {"errors": {...}}} on failure. Parsed
 * straight into the model type (no intermediate tree), so amounts keep their exact scale.
 *
 * @param data the result, or null
 * @param errors the error, or null
 * @param <T> the result type
 */
public record OderoEnvelope<T>(T data, OderoError errors) {}
