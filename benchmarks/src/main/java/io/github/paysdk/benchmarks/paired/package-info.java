/** Interleaved SDK/raw JMH runs whose per-round ratios cancel the machine's drift. */
package io.github.paysdk.benchmarks.paired;
