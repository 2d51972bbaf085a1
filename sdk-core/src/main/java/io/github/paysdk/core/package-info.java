/**
 * The shared mechanics of every paysdk provider module: transport ({@link io.github.paysdk.core.http}),
 * authentication and signing ({@link io.github.paysdk.core.auth}, {@link io.github.paysdk.core.crypto}),
 * JSON ({@link io.github.paysdk.core.json}), errors ({@link io.github.paysdk.core.error}), retries
 * ({@link io.github.paysdk.core.retry}), paging ({@link io.github.paysdk.core.paging}), redacted
 * logging ({@link io.github.paysdk.core.logging}) and input validation
 * ({@link io.github.paysdk.core.validation}).
 */
package io.github.paysdk.core;
