/**
 * Wiring of the OY module: request helpers, envelope and code handling, error mapping, JSON and date
 * parsing. Not public API: these types may change in any release.
 */
package io.github.paysdk.oy.internal;
