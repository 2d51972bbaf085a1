/** Bar 4: the heap a 100,000-row response needs, SDK against the raw baseline. */
package io.github.paysdk.benchmarks.large;
