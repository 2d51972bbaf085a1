/**
 * Callbacks Odeo sends to you: {@link io.github.paysdk.odeo.callback.OdeoCallbacks} verifies the
 * {@code X-Odeo-Signature} over the raw body and parses the payload into an
 * {@link io.github.paysdk.odeo.callback.OdeoCallback}.
 */
package io.github.paysdk.odeo.callback;
