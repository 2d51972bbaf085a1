package io.github.paysdk.odero.installment;

import io.github.paysdk.odero.model.CardAssociation;
import io.github.paysdk.odero.model.CardType;
import java.math.BigDecimal;
import java.util.List;

/**
 * The installment plans a card (BIN) can pay a price with.
 *
 * @param binNumber the BIN
 * @param price the price asked about
 * @param cardType the card type
 * @param cardAssociation the card scheme
 * @param cardBrand the card brand
 * @param bankName the issuing bank
 * @param bankCode the issuing bank's code
 * @param force3ds whether the card must pay with 3-D Secure
 * @param commercial whether it is a commercial card
 * @param installmentPrices the plans
 */
public record InstallmentOptions(
    String binNumber,
    BigDecimal price,
    CardType cardType,
    CardAssociation cardAssociation,
    String cardBrand,
    String bankName,
    Long bankCode,
    Boolean force3ds,
    Boolean commercial,
    List<InstallmentPrice> installmentPrices) {

  /** Replaces a missing list by an empty one. */
  public InstallmentOptions {
    installmentPrices = installmentPrices == null ? List.of() : List.copyOf(installmentPrices);
  }
}
