/** Bar 2: throughput and tail latency over loopback HTTP, SDK against the raw baseline. */
package io.github.paysdk.benchmarks.loopback;
