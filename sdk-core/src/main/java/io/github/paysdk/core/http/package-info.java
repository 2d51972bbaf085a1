/**
 * Transport: immutable {@link io.github.paysdk.core.http.ApiRequest}s are signed, sent through OkHttp,
 * retried according to their {@link io.github.paysdk.core.retry.RetryMode}, and answered with an
 * {@link io.github.paysdk.core.http.ApiResponse} or a typed exception.
 */
package io.github.paysdk.core.http;
