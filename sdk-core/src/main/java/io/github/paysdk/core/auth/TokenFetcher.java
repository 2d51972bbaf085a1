package io.github.paysdk.core.auth;

/** Fetches a new access token from the provider; each provider supplies its own token request. */
@FunctionalInterface
public interface TokenFetcher {
  /**
   * @return a fresh token
   * @throws io.github.paysdk.core.error.PaySdkException if the provider refuses or cannot be reached
   */
  AccessToken fetch();
}
