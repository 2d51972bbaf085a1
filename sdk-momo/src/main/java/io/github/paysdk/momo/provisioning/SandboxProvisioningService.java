package io.github.paysdk.momo.provisioning;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.paysdk.core.auth.Secret;
import io.github.paysdk.core.error.MalformedResponseException;
import io.github.paysdk.core.http.ApiRequest;
import io.github.paysdk.core.http.ApiResponse;
import io.github.paysdk.core.http.ErrorContexts;
import io.github.paysdk.core.http.HttpMethod;
import io.github.paysdk.core.retry.RetryMode;
import io.github.paysdk.core.validation.Validate;
import io.github.paysdk.momo.internal.MomoHeaders;
import io.github.paysdk.momo.internal.MomoRules;
import io.github.paysdk.momo.internal.ProductChannel;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Sandbox provisioning: {@link #createApiUser}, {@link #createApiKey}, {@link #getApiUser}. Calls carry
 * only the subscription key (no token, no target environment, no product prefix). Obtain it from
 * {@code MomoClient.provisioning()}.
 */
public final class SandboxProvisioningService {
  private static final Pattern HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?");
  private final ProductChannel channel;

  /** @param channel the provisioning channel (internal) */
  public SandboxProvisioningService(ProductChannel channel) {
    this.channel = channel;
  }

  /**
   * {@code POST /v1_0/apiuser}: creates an API user whose id is {@code apiUser}. Retried with the same
   * id; a 409 to a resend of this same call counts as created.
   *
   * @param apiUser the new user's id (UUID v4)
   * @param providerCallbackHost the host callbacks may go to, a host name only (e.g. {@code webhook.site});
   *     it cannot be changed later
   * @return the API user id
   */
  public UUID createApiUser(UUID apiUser, String providerCallbackHost) {
    MomoRules.uuidV4(apiUser, "apiUser");
    Validate.matches(providerCallbackHost, HOST,
        "must be a host name only, without scheme, port or path", "providerCallbackHost");
    ApiRequest request = ApiRequest.builder(HttpMethod.POST, "/v1_0/apiuser")
        .header(MomoHeaders.REFERENCE_ID, apiUser.toString())
        .body(channel.codec().toBytes(Map.of("providerCallbackHost", providerCallbackHost)),
            "application/json")
        .retryMode(RetryMode.IDEMPOTENT)
        .lookupKey(apiUser.toString())
        .build();
    channel.send(ProductChannel.Auth.SUBSCRIPTION_KEY, request);
    return apiUser;
  }

  /**
   * {@code POST /v1_0/apiuser/{apiUser}/apikey} (bodyless, {@code Content-Length: 0}): creates a new API
   * key. MTN shows a key only once; not retried once sent.
   *
   * @param apiUser the API user id
   * @return the new API key
   */
  public Secret createApiKey(UUID apiUser) {
    MomoRules.uuidV4(apiUser, "apiUser");
    ApiRequest request = ApiRequest.builder(HttpMethod.POST, "/v1_0/apiuser/" + apiUser + "/apikey")
        .retryMode(RetryMode.NON_IDEMPOTENT)
        .build();
    ApiResponse response = channel.send(ProductChannel.Auth.SUBSCRIPTION_KEY, request);
    JsonNode key = channel.codec().readTree(response).get("apiKey");
    if (key == null || !key.isTextual() || key.asText().isBlank()) {
      throw new MalformedResponseException("API key response has no apiKey (HTTP "
          + response.status() + ")", ErrorContexts.unreadable(response), null);
    }
    return Secret.of(key.asText());
  }

  /**
   * {@code GET /v1_0/apiuser/{apiUser}}.
   *
   * @param apiUser the API user id
   * @return its callback host and target environment
   */
  public ApiUser getApiUser(UUID apiUser) {
    MomoRules.uuidV4(apiUser, "apiUser");
    ApiRequest request = ApiRequest.builder(HttpMethod.GET, "/v1_0/apiuser/" + apiUser).build();
    return channel.codec().read(
        channel.send(ProductChannel.Auth.SUBSCRIPTION_KEY, request), ApiUser.class);
  }
}
