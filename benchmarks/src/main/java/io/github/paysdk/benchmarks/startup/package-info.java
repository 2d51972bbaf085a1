/** Bar 5: a new JVM's time to its first Odeo answer, SDK against the raw baseline. */
package io.github.paysdk.benchmarks.startup;
