/**
 * {@link io.github.paysdk.testing.odeo.OdeoSimulator}: an in-process Odeo For Business API for tests
 * and examples. It verifies signatures with its own code, independently of the SDK.
 */
package io.github.paysdk.testing.odeo;
