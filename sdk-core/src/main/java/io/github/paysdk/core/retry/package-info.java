/** When and how the SDK retries: per-call {@link io.github.paysdk.core.retry.RetryMode}, backoff with jitter, {@code Retry-After}. */
package io.github.paysdk.core.retry;
