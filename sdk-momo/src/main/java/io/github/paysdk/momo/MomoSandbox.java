package io.github.paysdk.momo;

/**
 * The sandbox's magic MSISDNs (MTN's current table, identical for payer and payee). Any other number
 * succeeds. Failures are reported as status {@code FAILED} with a reason, never as a status of their own.
 */
public final class MomoSandbox {
  /** The sandbox currency: the sandbox accepts EUR only. */
  public static final String CURRENCY = "EUR";
  /** Ends {@code FAILED} (reason {@code INTERNAL_PROCESSING_ERROR} in practice). */
  public static final String FAILED = "46733123450";
  /** Ends {@code FAILED} with reason {@code APPROVAL_REJECTED}. */
  public static final String REJECTED = "46733123451";
  /** Ends {@code FAILED} with reason {@code EXPIRED} (payer did not approve in time). */
  public static final String TIMEOUT = "46733123452";
  /** The documented success number: {@code SUCCESSFUL} with a financial transaction id. */
  public static final String SUCCESS = "56733123453";
  /** Stays pending ({@code CREATED}/{@code PENDING}) for a while. */
  public static final String PENDING = "46733123454";

  private MomoSandbox() {}
}
