/**
 * Not public API: the signer, the envelope and error mapping, and wire helpers of the Odero module. May
 * change in any release.
 */
package io.github.paysdk.odero.internal;
