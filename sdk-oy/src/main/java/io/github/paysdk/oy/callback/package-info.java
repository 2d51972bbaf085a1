/**
 * OY's callbacks (webhooks): typed parsers for the disbursement, VA payment and payment-link/invoice
 * callbacks ({@link io.github.paysdk.oy.callback.OyCallbacks}), and a verifier that confirms a callback
 * by re-querying OY ({@link io.github.paysdk.oy.callback.CallbackVerifier}).
 *
 * <p>OY does not sign its callbacks. Allow-list the callback source IPs OY gives you on request, answer
 * 200 quickly, handle each callback idempotently, and trust only what the verifier returns.
 */
package io.github.paysdk.oy.callback;
