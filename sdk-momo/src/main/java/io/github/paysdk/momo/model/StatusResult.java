package io.github.paysdk.momo.model;

/** A result with a {@link TransactionStatus}, which {@link StatusPoller} can wait on. */
public interface StatusResult {
  /** @return the status, never null ({@link TransactionStatus#UNKNOWN} when absent) */
  TransactionStatus status();

  /** @return whether the status is final (SUCCESSFUL or FAILED) */
  default boolean isFinal() {
    return status().isFinal();
  }
}
