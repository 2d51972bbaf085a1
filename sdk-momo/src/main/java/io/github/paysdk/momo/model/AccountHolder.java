package io.github.paysdk.momo.model;

import io.github.paysdk.core.validation.Validate;
import io.github.paysdk.momo.internal.MomoRules;
import java.util.regex.Pattern;

/**
 * An account holder to look up: an id and its type. Create with {@link #msisdn}, {@link #email} or
 * {@link #partyCode}, which validate the id.
 *
 * @param idType the id type
 * @param id the id
 */
public record AccountHolder(AccountHolderIdType idType, String id) {
  private static final Pattern PARTY_CODE = Pattern.compile("[A-Za-z0-9-]+");

  /** Requires both parts and an id that fits its type. */
  public AccountHolder {
    Validate.required(idType, "accountHolderIdType");
    switch (idType) {
      case MSISDN -> MomoRules.msisdn(id, "accountHolderId");
      case EMAIL -> MomoRules.email(id, "accountHolderId");
      default -> Validate.matches(id, PARTY_CODE,
          "must contain only letters, digits and '-'", "accountHolderId");
    }
  }

  /**
   * @param msisdn digits with country code
   * @return the account holder
   */
  public static AccountHolder msisdn(String msisdn) {
    return new AccountHolder(AccountHolderIdType.MSISDN, msisdn);
  }

  /**
   * @param email an e-mail address
   * @return the account holder
   */
  public static AccountHolder email(String email) {
    return new AccountHolder(AccountHolderIdType.EMAIL, email);
  }

  /**
   * @param partyCode a party code
   * @return the account holder
   */
  public static AccountHolder partyCode(String partyCode) {
    return new AccountHolder(AccountHolderIdType.PARTY_CODE, partyCode);
  }

  /** @return the consent {@code login_hint}, e.g. {@code ID:46733123450/MSISDN} */
  public String loginHint() {
    return "ID:" + id + "/" + idType.hintValue();
  }
}
