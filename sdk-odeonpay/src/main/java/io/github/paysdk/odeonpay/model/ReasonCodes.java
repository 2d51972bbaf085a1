package io.github.paysdk.odeonpay.model;

/**
 * The reason codes OdeonPay's documentation shows. No full dictionary is published, so reason codes stay
 * plain integers on the models; these constants name the known ones.
 */
public final class ReasonCodes {
  /** 0: approved. */
  public static final int APPROVED = 0;
  /** 5051: insufficient funds. */
  public static final int INSUFFICIENT_FUNDS = 5051;
  /** 6002: a request with the same invoice id was already received (duplicate protection). */
  public static final int DUPLICATE_INVOICE_ID = 6002;

  private ReasonCodes() {}
}
