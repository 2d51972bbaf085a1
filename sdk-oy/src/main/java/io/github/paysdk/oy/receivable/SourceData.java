package io.github.paysdk.oy.receivable;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Where an invoice was created. */
public enum SourceData {
  /** {@code API}. */
  API,
  /** {@code DASHBOARD}. */
  DASHBOARD,
  /** A value this SDK version does not know (never send it). */
  @JsonEnumDefaultValue
  UNKNOWN
}
