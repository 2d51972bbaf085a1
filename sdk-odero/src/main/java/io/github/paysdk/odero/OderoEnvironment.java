package io.github.paysdk.odero;

/**
 * The Odero API hosts. Odero runs on the TokenPay platform: the Azerbaijani brand (odero.az), the Turkish
 * brand (oderopay.com.tr) and the legacy TokenPay hosts all speak the same API. Sandbox keys do not work
 * in production and vice versa. Use {@link OderoClient.Builder#baseUrl(String)} for any other host.
 */
public enum OderoEnvironment {
  /** odero.az production. */
  AZ_PRODUCTION("https://api-gateway.odero.az"),
  /** odero.az sandbox (merchant panel {@code https://sbx-merchant.odero.az}). */
  AZ_SANDBOX("https://sbx-api-gateway.odero.az"),
  /** oderopay.com.tr production. */
  TR_PRODUCTION("https://api-gateway.oderopay.com.tr"),
  /** oderopay.com.tr sandbox (merchant panel {@code https://sandbox-merchant.oderopay.com.tr}). */
  TR_SANDBOX("https://sandbox-api-gateway.oderopay.com.tr"),
  /** The legacy TokenPay production host. */
  TOKENPAY_PRODUCTION("https://api-gateway.tokenpay.com.tr"),
  /** The legacy TokenPay sandbox host. */
  TOKENPAY_SANDBOX("https://sandbox-api-gateway.tokenpay.com.tr");

  private final String baseUrl;

  OderoEnvironment(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** @return the API base URL, without a trailing slash */
  public String baseUrl() {
    return baseUrl;
  }
}
