package io.github.paysdk.odeo.disbursement;

import io.github.paysdk.odeo.internal.StatusCodes;

/** The result of a bank account inquiry ({@code status}, an integer on the wire). */
public enum BankAccountStatus {
  /** 50000: the inquiry completed; the account exists. */
  COMPLETED_INQUIRY(50000),
  /** 90000: the inquiry failed. */
  FAILED_INQUIRY(90000),
  /** 90001: the account number is wrong. */
  WRONG_BANK_ACCOUNT_NUMBER(90001),
  /** 90003: the account is closed. */
  CLOSED_BANK_ACCOUNT(90003),
  /** 90004: the bank rejected the inquiry. */
  INQUIRY_REJECTED_BY_THE_VENDOR_BANK(90004),
  /** 90005: the bank is down. */
  INQUIRY_VENDOR_BANK_IS_DOWN(90005),
  /** A code this SDK version does not know; the raw code is on the model ({@code statusCode()}). */
  UNKNOWN(-1);

  private final int code;

  BankAccountStatus(int code) {
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
  public static BankAccountStatus fromCode(Integer code) {
    return StatusCodes.fromCode(values(), code, UNKNOWN, BankAccountStatus::code);
  }
}
