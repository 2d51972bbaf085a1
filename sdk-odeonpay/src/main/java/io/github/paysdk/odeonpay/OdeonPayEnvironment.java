package io.github.paysdk.odeonpay;

/**
 * OdeonPay's API host. There is no separate sandbox host: a new site is in test mode until it goes live,
 * so test or live depends on the credentials, not the URL. Use the client builder's {@code baseUrl(..)} to
 * point at a simulator.
 */
public enum OdeonPayEnvironment {
  /** {@code https://api.odeonpay.com}, for test-mode and live sites alike. */
  PRODUCTION("https://api.odeonpay.com");

  private final String baseUrl;

  OdeonPayEnvironment(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** @return the base URL */
  public String baseUrl() {
    return baseUrl;
  }
}
