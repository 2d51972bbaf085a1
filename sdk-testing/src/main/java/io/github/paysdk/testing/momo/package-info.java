/**
 * {@link io.github.paysdk.testing.momo.MomoSimulator}: an in-process MTN MoMo sandbox for tests and
 * examples, checking subscription keys, Basic and Bearer credentials independently of the SDK.
 */
package io.github.paysdk.testing.momo;
