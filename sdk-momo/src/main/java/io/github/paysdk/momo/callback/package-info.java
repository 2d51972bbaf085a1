/**
 * What MTN sends to an {@code X-Callback-Url}: the same JSON as the status query, by POST or PUT, with
 * no signature. Parse it with {@link io.github.paysdk.momo.callback.MomoCallbacks}, answer 2xx fast,
 * and confirm it through the status endpoint before acting on it.
 */
package io.github.paysdk.momo.callback;
