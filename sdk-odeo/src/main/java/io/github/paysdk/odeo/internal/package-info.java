/**
 * Odeo wire mechanics: the request signer, canonical query, Python-compatible JSON writer, token fetcher,
 * error mapper and parsing helpers. <b>Not public API</b>: these types are public only so the service
 * packages can use them, and may change in any release.
 */
package io.github.paysdk.odeo.internal;
