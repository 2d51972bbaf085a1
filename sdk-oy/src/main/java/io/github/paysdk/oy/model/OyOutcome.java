package io.github.paysdk.oy.model;

/**
 * What an OY status code means for the caller, following OY's code tables (see {@link OyCodeTable}).
 * Result codes ({@link #SUCCESS}, {@link #PENDING}, {@link #FAILED}) come back in the response model;
 * every other outcome is thrown as an exception whose {@code providerCode()} is the code.
 */
public enum OyOutcome {
  /** Completed successfully (final). */
  SUCCESS,
  /** Accepted and still in progress (non-final): wait for the callback or poll the status endpoint. */
  PENDING,
  /** The transaction or business check failed (final). Nothing more will happen to it. */
  FAILED,
  /** The request was rejected and nothing was created; fix the cause before sending it again. */
  REJECTED,
  /** Rejected for now (rate limit, a temporary error): send the same request again later. */
  RETRYABLE,
  /**
   * A transaction with this partner id already exists or is still in process: look up its status, do
   * not treat it as failed and do not send it under a new id.
   */
  DUPLICATE,
  /** What was asked about does not exist (e.g. no disbursement with that {@code partner_trx_id}). */
  NOT_FOUND,
  /**
   * OY may or may not have acted on the request (code 999, HTTP 5xx, a timeout): look the transaction
   * up by its partner id before doing anything else.
   */
  OUTCOME_UNKNOWN;

  /** @return whether this outcome is returned as a result rather than thrown */
  public boolean isResult() {
    return this == SUCCESS || this == PENDING || this == FAILED;
  }

  /** @return whether nothing further will change for the transaction */
  public boolean isFinal() {
    return this == SUCCESS || this == FAILED || this == REJECTED || this == NOT_FOUND;
  }
}
