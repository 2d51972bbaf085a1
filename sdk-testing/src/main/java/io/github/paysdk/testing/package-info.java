/**
 * In-process provider simulators on MockWebServer, for your own tests and for the examples. Each provider
 * has one ({@code io.github.paysdk.testing.<provider>}), built on {@link io.github.paysdk.testing.SimulatorServer}:
 * it checks authentication and signatures like the real provider, keeps state, and can inject faults.
 */
package io.github.paysdk.testing;
