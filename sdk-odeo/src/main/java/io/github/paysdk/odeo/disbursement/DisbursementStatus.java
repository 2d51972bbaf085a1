package io.github.paysdk.odeo.disbursement;

import io.github.paysdk.odeo.internal.StatusCodes;

/**
 * The state of a disbursement ({@code status}, an integer on the wire). The codes overlap with other
 * Odeo statuses but mean different things, so each resource has its own enum.
 */
public enum DisbursementStatus {
  /** 10000: waiting for the disbursement inquiry. */
  PENDING_DISBURSE_INQUIRY(10000),
  /** 10002: waiting because the bank is reconciling. */
  PENDING_DISBURSE_INQUIRY_DUE_TO_BANK_RECONCILIATION(10002),
  /** 30000: the transfer is in progress. */
  DISBURSEMENT_IS_ON_PROGRESS(30000),
  /** 50000: the money was disbursed. */
  COMPLETED_DISBURSEMENT(50000),
  /** 80000: suspect; the outcome is being investigated. Do not resend. */
  SUSPECT_DISBURSE_INQUIRY(80000),
  /** 90000: failed. */
  FAILED_DISBURSE_INQUIRY(90000),
  /** 90001: failed, wrong account number. */
  WRONG_BANK_ACCOUNT_NUMBER(90001),
  /** 90003: failed, the account is closed. */
  CLOSED_BANK_ACCOUNT(90003),
  /** 90004: failed, rejected by the bank. */
  INQUIRY_REJECTED_BY_THE_VENDOR_BANK(90004),
  /** 90005: failed, the bank is down. */
  INQUIRY_VENDOR_BANK_IS_DOWN(90005),
  /** A code this SDK version does not know; the raw code is {@link Disbursement#statusCode()}. */
  UNKNOWN(-1);

  private final int code;

  DisbursementStatus(int code) {
    this.code = code;
  }

  /** @return the wire code, or -1 for {@link #UNKNOWN} */
  public int code() {
    return code;
  }

  /**
   * @param code a wire code, or null
   * @return the status, {@link #UNKNOWN} for an unknown or missing code
   */
  public static DisbursementStatus fromCode(Integer code) {
    return StatusCodes.fromCode(values(), code, UNKNOWN, DisbursementStatus::code);
  }
}
