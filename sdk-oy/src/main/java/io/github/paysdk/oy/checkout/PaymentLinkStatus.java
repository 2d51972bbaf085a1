package io.github.paysdk.oy.checkout;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * The state of a payment link or invoice. OY sends it lower case in callbacks and upper case from
 * API Get; both are read. {@link #SUCCESS} appears in OY's status example and means paid.
 */
public enum PaymentLinkStatus {
  /** Created; the payer has not chosen a payment method (also OY's "INITIATED"). */
  @JsonAlias({"INITIATED", "INITIATIED", "initiated"})
  CREATED,
  /** The payer chose a payment method. */
  WAITING_PAYMENT,
  /** The link expired. */
  EXPIRED,
  /** A payment is being processed. */
  CHARGE_IN_PROGRESS,
  /** The payment was rejected or the channel expired; the link may still be paid until it expires. */
  FAILED,
  /** Paid. */
  COMPLETE,
  /** Paid (the value OY's status example shows). */
  SUCCESS,
  /** Deleted. */
  CLOSED,
  /** A status this SDK version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN;

  /** @return whether the money was received (COMPLETE or SUCCESS) */
  public boolean isPaid() {
    return this == COMPLETE || this == SUCCESS;
  }

  /** @return whether nothing further will happen (paid, expired or closed) */
  public boolean isFinal() {
    return isPaid() || this == EXPIRED || this == CLOSED;
  }
}
