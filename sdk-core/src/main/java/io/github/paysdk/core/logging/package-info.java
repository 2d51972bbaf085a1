/** Redaction for logs: secrets, tokens, signatures, card numbers and CVVs never reach a log line. */
package io.github.paysdk.core.logging;
