/**
 * Authentication strategies (HTTP Basic, static header keys, OAuth2 client-credentials bearer tokens)
 * as {@link io.github.paysdk.core.auth.RequestSigner}s that providers compose into their own signers.
 */
package io.github.paysdk.core.auth;
