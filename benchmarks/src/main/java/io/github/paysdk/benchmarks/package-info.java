/** JMH benchmarks of the SDK against hand-written raw baselines; see docs/performance.md. */
package io.github.paysdk.benchmarks;
