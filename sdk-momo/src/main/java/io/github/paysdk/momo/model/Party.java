package io.github.paysdk.momo.model;

import io.github.paysdk.core.validation.Validate;
import io.github.paysdk.momo.internal.MomoRules;

/**
 * The payer or payee of a transaction, as MoMo writes it: {@code {"partyIdType":"MSISDN","partyId":"..."}}.
 *
 * @param partyIdType how the party is identified
 * @param partyId the identifier
 */
public record Party(PartyIdType partyIdType, String partyId) {

  /**
   * @param msisdn a phone number, digits only with country code (e.g. {@code 256772123456})
   * @return the party
   * @throws io.github.paysdk.core.error.ValidationException if the number is not digits with country code
   */
  public static Party msisdn(String msisdn) {
    return new Party(PartyIdType.MSISDN, MomoRules.msisdn(msisdn, "partyId"));
  }

  /**
   * @param email an e-mail address
   * @return the party
   */
  public static Party email(String email) {
    return new Party(PartyIdType.EMAIL, MomoRules.email(email, "partyId"));
  }

  /**
   * @param partyCode a party code
   * @return the party
   */
  public static Party partyCode(String partyCode) {
    return new Party(PartyIdType.PARTY_CODE, Validate.notBlank(partyCode, "partyId"));
  }

  /**
   * @param alias an alias, e.g. a merchant id
   * @return the party
   */
  public static Party alias(String alias) {
    return new Party(PartyIdType.ALIAS, Validate.notBlank(alias, "partyId"));
  }

  /**
   * Checks a party before it is sent.
   *
   * @param party the party, may be null
   * @param field the request field holding it (e.g. {@code payee})
   * @return the party
   * @throws io.github.paysdk.core.error.ValidationException if missing, of unknown type, or malformed
   */
  public static Party validate(Party party, String field) {
    Validate.required(party, field);
    Validate.check(party.partyIdType() != null && party.partyIdType() != PartyIdType.UNKNOWN,
        field + ".partyIdType", "must be MSISDN, EMAIL, PARTY_CODE or ALIAS");
    switch (party.partyIdType()) {
      case MSISDN -> MomoRules.msisdn(party.partyId(), field + ".partyId");
      case EMAIL -> MomoRules.email(party.partyId(), field + ".partyId");
      default -> Validate.notBlank(party.partyId(), field + ".partyId");
    }
    return party;
  }
}
