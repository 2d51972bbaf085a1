/**
 * Hand-written baselines: the least a client must do for each call with raw OkHttp, Jackson and
 * javax.crypto (build the body, sign it, send it, parse the answer into the same model records the SDK
 * returns). No retries, no typed errors, no logging, no validation: that is what the SDK adds.
 */
package io.github.paysdk.benchmarks.raw;
