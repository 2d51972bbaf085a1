package io.github.paysdk.odero.card;

import io.github.paysdk.odero.model.CardAssociation;
import io.github.paysdk.odero.model.CardType;

/**
 * A stored card. Charge it with {@code Card.stored(cardUserKey, cardToken)}.
 *
 * @param binNumber the first six digits
 * @param lastFourDigits the last four digits
 * @param cardUserKey the buyer's card user key
 * @param cardToken the card's token
 * @param cardAlias the name given to the card
 * @param cardType the card type
 * @param cardAssociation the card scheme
 * @param cardBrand the card brand
 * @param cardBankName the issuing bank
 * @param cardBankId the issuing bank's id
 */
public record StoredCard(
    String binNumber,
    String lastFourDigits,
    String cardUserKey,
    String cardToken,
    String cardAlias,
    CardType cardType,
    CardAssociation cardAssociation,
    String cardBrand,
    String cardBankName,
    Long cardBankId) {}
