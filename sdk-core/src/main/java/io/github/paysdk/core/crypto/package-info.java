/** Signing primitives: HMAC-SHA256, SHA-256, Base64, hex and constant-time comparison. */
package io.github.paysdk.core.crypto;
