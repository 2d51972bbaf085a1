/** Shared parts of the benchmarks: canned responses, the in-memory interceptor, test credentials. */
package io.github.paysdk.benchmarks.support;
