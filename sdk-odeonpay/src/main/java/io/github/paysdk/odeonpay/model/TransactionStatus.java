package io.github.paysdk.odeonpay.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import java.util.Locale;

/** OdeonPay's Transaction Status dictionary ({@code statusCode} / {@code statusId} and {@code status}). */
public enum TransactionStatus {
  /** 1: waiting for 3-D Secure authentication. */
  AWAITING_AUTHENTICATION(1, "AwaitingAuthentication"),
  /** 4: payment completed. */
  COMPLETED(4, "Completed"),
  /** 5: refund completed. */
  REFUND_COMPLETED(5, "RefundCompleted"),
  /** 7: payout completed. */
  PAYOUT_COMPLETED(7, "PayoutCompleted"),
  /** 10: created, not final yet. */
  CREATED(10, "Created"),
  /** 99: declined (processing failure). */
  DECLINED(99, "Declined"),
  /** A status this SDK version does not know; the raw code and name stay on the model. */
  @JsonEnumDefaultValue
  UNKNOWN(-1, null);

  private final int code;
  private final String wireName;

  TransactionStatus(int code, String wireName) {
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

  /** @return whether this is a successful final status (4, 5 or 7) */
  public boolean isSuccessful() {
    return this == COMPLETED || this == REFUND_COMPLETED || this == PAYOUT_COMPLETED;
  }

  /**
   * @param code the numeric code, may be null
   * @param name the name, may be null; used when the code is missing
   * @return the status, {@link #UNKNOWN} if neither is known
   */
  public static TransactionStatus of(Integer code, String name) {
    for (TransactionStatus status : values()) {
      if (code != null ? status.code == code : status.wireName != null && name != null
          && status.wireName.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
        return status;
      }
    }
    return UNKNOWN;
  }
}
