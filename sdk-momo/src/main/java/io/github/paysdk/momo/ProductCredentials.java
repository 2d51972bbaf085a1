package io.github.paysdk.momo;

import io.github.paysdk.core.auth.Secret;
import io.github.paysdk.core.validation.Validate;
import java.util.Objects;

/**
 * The credentials of one product subscription: its {@code Ocp-Apim-Subscription-Key} and the API user
 * and API key the access token is minted with. {@link #toString()} shows only the API user.
 *
 * @param subscriptionKey the product's primary or secondary subscription key
 * @param apiUser the API user id (a UUID in the sandbox)
 * @param apiKey the API key of that user
 */
public record ProductCredentials(Secret subscriptionKey, String apiUser, Secret apiKey) {
  /** Requires all three, none blank. */
  public ProductCredentials {
    Objects.requireNonNull(subscriptionKey, "subscriptionKey");
    Objects.requireNonNull(apiKey, "apiKey");
    Validate.check(!subscriptionKey.isBlank(), "subscriptionKey", "must not be blank");
    Validate.notBlank(apiUser, "apiUser");
    Validate.check(!apiKey.isBlank(), "apiKey", "must not be blank");
  }

  /**
   * @param subscriptionKey the product's subscription key
   * @param apiUser the API user id
   * @param apiKey the API key
   * @return the credentials
   */
  public static ProductCredentials of(String subscriptionKey, String apiUser, String apiKey) {
    return new ProductCredentials(Secret.of(Validate.notBlank(subscriptionKey, "subscriptionKey")),
        apiUser, Secret.of(Validate.notBlank(apiKey, "apiKey")));
  }

  @Override
  public String toString() {
    return "ProductCredentials[apiUser=" + apiUser + ", subscriptionKey=****, apiKey=****]";
  }
}
