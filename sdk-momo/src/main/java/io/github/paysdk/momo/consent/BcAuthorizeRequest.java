package io.github.paysdk.momo.consent;

import io.github.paysdk.core.validation.Validate;
import io.github.paysdk.momo.model.AccountHolder;
import io.github.paysdk.momo.internal.MomoRules;

/**
 * A consent request ({@code bc-authorize}) to an account holder for the given scopes.
 *
 * @param accountHolder whose consent is asked (sent as {@code login_hint=ID:{id}/{TYPE}})
 * @param scope space-separated scopes, e.g. {@code profile} or {@code all_info}
 * @param accessType one-time or lasting
 * @param consentValidIn seconds an offline consent lasts, or null
 * @param clientNotificationToken token for ping/push notification modes, or null
 * @param scopeInstruction Base64 instruction of a financial transaction, or null
 * @param callbackUrl where MTN notifies, or null
 */
public record BcAuthorizeRequest(
    AccountHolder accountHolder,
    String scope,
    AccessType accessType,
    Integer consentValidIn,
    String clientNotificationToken,
    String scopeInstruction,
    String callbackUrl) {

  /** Validates the fields. */
  public BcAuthorizeRequest {
    Validate.required(accountHolder, "accountHolder");
    Validate.notBlank(scope, "scope");
    Validate.required(accessType, "accessType");
    if (consentValidIn != null) {
      Validate.positive(consentValidIn, "consentValidIn");
      Validate.check(accessType == AccessType.OFFLINE, "consentValidIn",
          "is only allowed with accessType OFFLINE");
    }
    MomoRules.callbackUrl(callbackUrl, "callbackUrl");
  }

  /**
   * @param accountHolder whose consent is asked
   * @param scope the scopes
   * @return a one-time consent request with no callback
   */
  public static BcAuthorizeRequest online(AccountHolder accountHolder, String scope) {
    return new BcAuthorizeRequest(accountHolder, scope, AccessType.ONLINE, null, null, null, null);
  }
}
