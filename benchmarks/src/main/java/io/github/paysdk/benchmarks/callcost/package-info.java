/** Bar 1: the client-side cost of one call, SDK against the raw baseline, over an in-memory interceptor. */
package io.github.paysdk.benchmarks.callcost;
