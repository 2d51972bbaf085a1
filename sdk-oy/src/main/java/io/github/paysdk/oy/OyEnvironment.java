package io.github.paysdk.oy;

/** The OY! Partner API hosts. Override with {@code OyClient.builder().baseUrl(..)} for a simulator. */
public enum OyEnvironment {
  /** {@code https://api-stg.oyindonesia.com}: staging, for integration tests against OY. */
  STAGING("https://api-stg.oyindonesia.com"),
  /** {@code https://partner.oyindonesia.com}: live money. */
  PRODUCTION("https://partner.oyindonesia.com");

  private final String baseUrl;

  OyEnvironment(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** @return the base URL, without a trailing slash; every path starts with {@code /api/} */
  public String baseUrl() {
    return baseUrl;
  }
}
