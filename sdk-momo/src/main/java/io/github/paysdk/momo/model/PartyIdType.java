package io.github.paysdk.momo.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** How a {@link Party} is identified in request and result bodies. */
public enum PartyIdType {
  /** A phone number with country code, digits only. */
  MSISDN,
  /** An e-mail address. */
  EMAIL,
  /** A party code (UUID). */
  PARTY_CODE,
  /** An alias, e.g. a merchant id for business payees. */
  ALIAS,
  /** A value this SDK version does not know; never sent. */
  @JsonEnumDefaultValue
  UNKNOWN
}
