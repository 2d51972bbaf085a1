/**
 * Wire mechanics of the MoMo client: per-product channels (headers, tokens, executors), the error
 * mapper, the replay ledger behind {@code X-Reference-Id} deduplication, and input rules. Not public
 * API: these types may change in any release.
 */
package io.github.paysdk.momo.internal;
