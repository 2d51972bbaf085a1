/**
 * The one unchecked exception hierarchy of paysdk. Everything the SDK throws is a
 * {@link io.github.paysdk.core.error.PaySdkException}; provider modules add subclasses of these.
 */
package io.github.paysdk.core.error;
