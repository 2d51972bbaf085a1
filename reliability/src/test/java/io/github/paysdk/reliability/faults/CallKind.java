package io.github.paysdk.reliability.faults;

/** What a call does to money, which decides what the user may expect from it under a fault. */
enum CallKind {
  /** A read or status check: retried on transient faults, never "outcome unknown". */
  READ("read"),
  /**
   * Money-moving, but the provider deduplicates on a key the SDK resends unchanged on every attempt:
   * retried on transient faults, every attempt carrying the same key.
   */
  MONEY_DEDUPLICATED("money, dedup"),
  /** Money-moving without provider deduplication: sent at most once; afterwards the outcome is unknown. */
  MONEY_ONCE("money, once");

  private final String label;

  CallKind(String label) {
    this.label = label;
  }

  boolean movesMoney() {
    return this != READ;
  }

  boolean retriedAfterSending() {
    return this != MONEY_ONCE;
  }

  @Override
  public String toString() {
    return label;
  }
}
