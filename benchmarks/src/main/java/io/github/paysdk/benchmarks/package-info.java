/**
 * JMH benchmarks and measurement programs comparing the SDK with hand-written raw OkHttp + Jackson +
 * javax.crypto clients doing the same wire work. Run on demand only; see {@code docs/performance.md}.
 */
package io.github.paysdk.benchmarks;
