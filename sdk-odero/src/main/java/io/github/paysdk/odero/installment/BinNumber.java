package io.github.paysdk.odero.installment;

import io.github.paysdk.odero.model.CardAssociation;
import io.github.paysdk.odero.model.CardType;

/**
 * What a card's first digits (BIN) say about it.
 *
 * @param binNumber the BIN
 * @param cardType the card type
 * @param cardAssociation the card scheme
 * @param cardBrand the card brand
 * @param bankName the issuing bank
 * @param bankCode the issuing bank's code
 * @param commercial whether it is a commercial card
 */
public record BinNumber(
    String binNumber,
    CardType cardType,
    CardAssociation cardAssociation,
    String cardBrand,
    String bankName,
    Long bankCode,
    Boolean commercial) {}
