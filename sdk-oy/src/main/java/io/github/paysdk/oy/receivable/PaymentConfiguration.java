package io.github.paysdk.oy.receivable;

/**
 * How an Account Receivable invoice may be paid. Lists are comma-separated; an empty string keeps OY's
 * default (all methods enabled).
 *
 * @param includeAdminFee whether OY's fee is added to the bill
 * @param listDisabledPaymentMethods methods to switch off, e.g. {@code "OFFLINE_CASH_IN"}
 * @param listEnabledBanks bank codes, e.g. {@code "002,008,009,013,022"}
 * @param listEnabledEwallet e-wallets, e.g. {@code "shopeepay_ewallet,dana_ewallet"}
 * @param listEnabledOfflineChannel offline channels (values not documented; usually "")
 */
public record PaymentConfiguration(
    boolean includeAdminFee,
    String listDisabledPaymentMethods,
    String listEnabledBanks,
    String listEnabledEwallet,
    String listEnabledOfflineChannel) {

  /** Never null: a missing list is sent as "". */
  public PaymentConfiguration {
    listDisabledPaymentMethods = listDisabledPaymentMethods == null ? "" : listDisabledPaymentMethods;
    listEnabledBanks = listEnabledBanks == null ? "" : listEnabledBanks;
    listEnabledEwallet = listEnabledEwallet == null ? "" : listEnabledEwallet;
    listEnabledOfflineChannel = listEnabledOfflineChannel == null ? "" : listEnabledOfflineChannel;
  }

  /**
   * @param includeAdminFee whether OY's fee is added
   * @return every payment method enabled
   */
  public static PaymentConfiguration allMethods(boolean includeAdminFee) {
    return new PaymentConfiguration(includeAdminFee, "", "", "", "");
  }
}
