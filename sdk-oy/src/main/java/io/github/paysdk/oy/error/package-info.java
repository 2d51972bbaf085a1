/** OY!-specific exceptions, subclasses of the core hierarchy in {@link io.github.paysdk.core.error}. */
package io.github.paysdk.oy.error;
