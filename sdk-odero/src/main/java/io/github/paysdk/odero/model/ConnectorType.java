package io.github.paysdk.odero.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** The platform connector that processed a payment. Values this SDK does not know read as {@link #UNKNOWN}. */
public enum ConnectorType {
  /** TokenPOS. */
  TOKENPOS,
  /** TokenGate (used with a posAlias). */
  TOKENGATE,
  /** A value this SDK does not know yet; never send it. */
  @JsonEnumDefaultValue
  UNKNOWN
}
