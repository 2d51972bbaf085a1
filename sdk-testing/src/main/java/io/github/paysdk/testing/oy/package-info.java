/**
 * {@link io.github.paysdk.testing.oy.OySimulator}: an in-process OY! Indonesia Partner API for tests and
 * the examples. Independent of the SDK module: it speaks OY's wire format from OY's documentation.
 */
package io.github.paysdk.testing.oy;
