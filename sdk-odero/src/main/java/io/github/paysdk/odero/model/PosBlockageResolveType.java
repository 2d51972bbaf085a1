package io.github.paysdk.odero.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** How the bank releases a payment's funds. Values this SDK does not know read as {@link #UNKNOWN}. */
public enum PosBlockageResolveType {
  /** Blocked. */
  BLOCKED,
  /** Next day. */
  NEXT_DAY,
  /** Flexible value date. */
  FLEXIBLE_VALOR,
  /** Flexible value date (new). */
  FLEXIBLE_VALOR_NEW,
  /** A value this SDK does not know yet; never send it. */
  @JsonEnumDefaultValue
  UNKNOWN
}
