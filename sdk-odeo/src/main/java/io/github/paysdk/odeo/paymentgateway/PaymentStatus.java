package io.github.paysdk.odeo.paymentgateway;

import io.github.paysdk.odeo.internal.StatusCodes;

/** The state of a payment ({@code status}, an integer on the wire). */
public enum PaymentStatus {
  /** 30000: the payment is being verified. */
  PAYMENT_VERIFICATION_IS_ON_PROGRESS(30000),
  /** 50000: paid. */
  PAYMENT_IS_COMPLETED_OR_PAID(50000),
  /** 80000: suspect; being investigated. */
  SUSPECT_PAYMENT(80000),
  /** 90000: failed. */
  FAILED_PAYMENT(90000),
  /** 90001: failed, rejected by the merchant. */
  PAYMENT_FAILED_REJECTED_BY_MERCHANT(90001),
  /** A code this SDK version does not know; the raw code is {@link Payment#statusCode()}. */
  UNKNOWN(-1);

  private final int code;

  PaymentStatus(int code) {
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
  public static PaymentStatus fromCode(Integer code) {
    return StatusCodes.fromCode(values(), code, UNKNOWN, PaymentStatus::code);
  }
}
