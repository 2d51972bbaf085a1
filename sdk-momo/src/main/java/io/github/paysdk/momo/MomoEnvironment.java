package io.github.paysdk.momo;

/**
 * The two hosts MTN publishes. Country gateways (e.g. {@code https://proxy.momoapi.mtn.co.rw}) and test
 * servers are set with {@link MomoClient.Builder#baseUrl(String)}; the environment still decides the
 * sandbox-only rules (EUR only, provisioning API available, plain-http callback URLs allowed).
 */
public enum MomoEnvironment {
  /** {@code https://sandbox.momodeveloper.mtn.com}: test money, EUR only, target environment {@code sandbox}. */
  SANDBOX("https://sandbox.momodeveloper.mtn.com"),
  /** {@code https://proxy.momoapi.mtn.com}: MTN's generic production gateway. */
  PRODUCTION("https://proxy.momoapi.mtn.com");

  private final String baseUrl;

  MomoEnvironment(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** @return the base URL, without a trailing slash */
  public String baseUrl() {
    return baseUrl;
  }
}
