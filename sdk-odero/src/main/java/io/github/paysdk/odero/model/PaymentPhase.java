package io.github.paysdk.odero.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** The authorization phase of a payment. Values this SDK does not know read as {@link #UNKNOWN}. */
public enum PaymentPhase {
  /** Authorize and capture at once (the default). */
  AUTH,
  /** Authorize only; capture later with post-auth. */
  PRE_AUTH,
  /** The capture of a pre-authorization. */
  POST_AUTH,
  /** A value this SDK does not know yet; never send it. */
  @JsonEnumDefaultValue
  UNKNOWN
}
