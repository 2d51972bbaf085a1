package io.github.paysdk.odeonpay.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import java.util.Locale;

/**
 * OdeonPay's Transaction Operations dictionary ({@code operationTypeCode} / {@code operationTypeId}).
 * APM payouts are reported as {@link #CARD_PAYOUT} too.
 */
public enum OperationType {
  /** 1: funds charged from a card. */
  PAYMENT(1, "Payment"),
  /** 2: funds returned after a payment. */
  REFUND(2, "Refund"),
  /** 3: funds paid out to a card (also used for APM payouts). */
  CARD_PAYOUT(3, "CardPayout"),
  /** An operation this SDK version does not know; the raw code and name stay on the model. */
  @JsonEnumDefaultValue
  UNKNOWN(-1, null);

  private final int code;
  private final String wireName;

  OperationType(int code, String wireName) {
    this.code = code;
    this.wireName = wireName;
  }

  /** @return the numeric code, -1 for {@link #UNKNOWN} */
  public int code() {
    return code;
  }

  /** @return the name as OdeonPay writes it, null for {@link #UNKNOWN} */
  public String wireName() {
    return wireName;
  }

  /**
   * @param code the numeric code, may be null
   * @param name the name, may be null; used when the code is missing
   * @return the operation, {@link #UNKNOWN} if neither is known
   */
  public static OperationType of(Integer code, String name) {
    for (OperationType type : values()) {
      if (code != null ? type.code == code : type.wireName != null && name != null
          && type.wireName.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
        return type;
      }
    }
    return UNKNOWN;
  }
}
