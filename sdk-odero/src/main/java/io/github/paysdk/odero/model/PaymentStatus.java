package io.github.paysdk.odero.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** The state of a payment. Values this SDK does not know read as {@link #UNKNOWN}. */
public enum PaymentStatus {
  /** Paid. */
  SUCCESS,
  /** Failed. */
  FAILURE,
  /** 3-D Secure started; waiting for the buyer. */
  INIT_THREEDS,
  /** 3-D Secure done; waiting for completion. */
  CALLBACK_THREEDS,
  /** A value this SDK does not know yet; never send it. */
  @JsonEnumDefaultValue
  UNKNOWN
}
