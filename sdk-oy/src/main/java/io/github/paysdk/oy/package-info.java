/**
 * OY! Indonesia Partner API: start with {@link io.github.paysdk.oy.OyClient}. Status codes are
 * classified by {@link io.github.paysdk.oy.model.OyCodeTable} into {@link io.github.paysdk.oy.model.OyOutcome}s;
 * result codes come back in models, every other code is thrown as a typed exception.
 */
package io.github.paysdk.oy;
