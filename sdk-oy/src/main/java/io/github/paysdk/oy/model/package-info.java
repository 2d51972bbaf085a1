/**
 * Types shared by several OY! services: the response codes and how each is classified
 * ({@link io.github.paysdk.oy.model.OyCodeTable}, {@link io.github.paysdk.oy.model.OyOutcome}), and statuses.
 */
package io.github.paysdk.oy.model;
