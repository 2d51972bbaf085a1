package io.github.paysdk.odeo;

/** Odeo For Business API servers. */
public enum OdeoEnvironment {
  /** The development (sandbox) server, {@code https://odeo-core-api.dev.odeo.co.id}; the default. */
  DEVELOPMENT("https://odeo-core-api.dev.odeo.co.id"),
  /** The production server, {@code https://api.odeo.co.id}: real money moves. */
  PRODUCTION("https://api.odeo.co.id");

  private final String baseUrl;

  OdeoEnvironment(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** @return the base URL, without a trailing slash */
  public String baseUrl() {
    return baseUrl;
  }
}
