package io.github.paysdk.momo.consent;

import io.github.paysdk.core.error.ApiException;
import io.github.paysdk.core.error.PaySdkException;
import io.github.paysdk.core.http.ApiRequest;
import io.github.paysdk.core.http.HttpMethod;
import io.github.paysdk.core.retry.RetryMode;
import io.github.paysdk.core.validation.Validate;
import io.github.paysdk.momo.model.AccountHolder;
import io.github.paysdk.momo.internal.MomoHeaders;
import io.github.paysdk.momo.internal.ProductChannel;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * User info with consent, in three steps: {@link #bcAuthorize} asks the account holder,
 * {@link #createOauth2Token} exchanges the approved request for a consent token, and {@link #userInfo}
 * reads the data with it. {@link #userInfoWithConsent} runs all three. Obtain it from a product
 * service's {@code consent()}.
 */
public final class ConsentService {
  private static final String CIBA_GRANT = "urn:openid:params:grant-type:ciba";
  private static final Set<String> PENDING = Set.of("authorization_pending", "slow_down");
  private final ProductChannel channel;

  /** @param channel the product's channel (internal) */
  public ConsentService(ProductChannel channel) {
    this.channel = channel;
  }

  /**
   * {@code POST /{product}/v1_0/bc-authorize} with the product access token and a form body. Not
   * retried once sent (a resend would prompt the account holder twice).
   *
   * @param request the consent request
   * @return the consent request id and polling interval
   */
  public AuthRequest bcAuthorize(BcAuthorizeRequest request) {
    Objects.requireNonNull(request, "request");
    Map<String, String> form = ProductChannel.fields();
    form.put("login_hint", request.accountHolder().loginHint());
    form.put("scope", request.scope());
    form.put("access_type", request.accessType().wireValue());
    form.put("consent_valid_in",
        request.consentValidIn() == null ? null : request.consentValidIn().toString());
    form.put("client_notification_token", request.clientNotificationToken());
    form.put("scope_instruction", request.scopeInstruction());
    ApiRequest call = channel.request(HttpMethod.POST, "/v1_0/bc-authorize")
        .header(MomoHeaders.CALLBACK_URL, channel.callbackUrl(request.callbackUrl()))
        .body(ProductChannel.form(form), ProductChannel.formContentType())
        .retryMode(RetryMode.NON_IDEMPOTENT)
        .build();
    return channel.codec().read(channel.send(ProductChannel.Auth.BEARER, call), AuthRequest.class);
  }

  /**
   * {@code POST /{product}/oauth2/token/} with Basic API user and key and
   * {@code grant_type=urn:openid:params:grant-type:ciba}.
   *
   * @param authReqId the {@link AuthRequest#authReqId()}
   * @return the consent token
   * @throws ApiException while the account holder has not approved yet, or if they refused
   */
  public ConsentToken createOauth2Token(String authReqId) {
    Validate.notBlank(authReqId, "authReqId");
    Map<String, String> form = ProductChannel.fields();
    form.put("grant_type", CIBA_GRANT);
    form.put("auth_req_id", authReqId);
    return token(form);
  }

  /**
   * {@code POST /{product}/oauth2/token/} with {@code grant_type=refresh_token} (offline consents).
   *
   * @param refreshToken the {@link ConsentToken#refreshToken()}
   * @return a new consent token
   */
  public ConsentToken refreshOauth2Token(String refreshToken) {
    Validate.notBlank(refreshToken, "refreshToken");
    Map<String, String> form = ProductChannel.fields();
    form.put("grant_type", "refresh_token");
    form.put("refresh_token", refreshToken);
    return token(form);
  }

  /**
   * {@code GET /{product}/oauth2/v1_0/userinfo} with the consent token (not the product access token).
   *
   * @param token the consent token
   * @return the consented information
   */
  public UserInfo userInfo(ConsentToken token) {
    Objects.requireNonNull(token, "token");
    Validate.notBlank(token.accessToken(), "token.accessToken");
    ApiRequest call = channel.request(HttpMethod.GET, "/oauth2/v1_0/userinfo")
        .header("Authorization", "Bearer " + token.accessToken())
        .build();
    return channel.codec().read(
        channel.send(ProductChannel.Auth.SUBSCRIPTION_KEY, call), UserInfo.class);
  }

  /**
   * Runs the whole flow: asks for a one-time consent, polls the token endpoint at the interval MTN
   * gives while the answer is {@code authorization_pending}/{@code slow_down}, then reads the user info.
   *
   * @param holder whose information is wanted
   * @param scope the scopes, e.g. {@code profile}
   * @param timeout how long to wait for approval
   * @return the consented information
   * @throws ApiException if the holder refuses, or the last pending answer when the timeout passes
   */
  public UserInfo userInfoWithConsent(AccountHolder holder, String scope, Duration timeout) {
    Objects.requireNonNull(timeout, "timeout");
    AuthRequest auth = bcAuthorize(BcAuthorizeRequest.online(holder, scope));
    Clock clock = channel.context().transport().options().clock();
    Instant deadline = clock.instant().plus(timeout);
    Duration interval = Duration.ofSeconds(
        auth.interval() == null || auth.interval() <= 0 ? 5 : auth.interval());
    while (true) {
      try {
        return userInfo(createOauth2Token(auth.authReqId()));
      } catch (ApiException e) {
        boolean pending = e.providerCode() != null
            && PENDING.contains(e.providerCode().toLowerCase(Locale.ROOT));
        if (!pending || !clock.instant().plus(interval).isBefore(deadline)) {
          throw e;
        }
        try {
          channel.context().transport().options().sleeper().sleep(interval);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw new PaySdkException("Interrupted while waiting for consent", interrupted);
        }
      }
    }
  }

  private ConsentToken token(Map<String, String> form) {
    ApiRequest call = channel.request(HttpMethod.POST, "/oauth2/token/")
        .body(ProductChannel.form(form), ProductChannel.formContentType())
        .retryMode(RetryMode.NON_IDEMPOTENT)
        .build();
    return channel.codec().read(channel.send(ProductChannel.Auth.BASIC, call), ConsentToken.class);
  }
}
