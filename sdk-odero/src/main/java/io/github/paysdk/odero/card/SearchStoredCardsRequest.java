package io.github.paysdk.odero.card;

import io.github.paysdk.core.validation.Validate;
import io.github.paysdk.odero.internal.OderoRules;
import io.github.paysdk.odero.model.CardAssociation;
import io.github.paysdk.odero.model.CardType;

/**
 * Filters for {@link StoredCardService#searchStoredCards}; unset ones are not sent.
 *
 * @param cardAlias the card's alias
 * @param cardBrand the card brand
 * @param cardType the card type
 * @param cardUserKey the buyer's card user key
 * @param cardToken the card's token
 * @param cardBankName the issuing bank
 * @param cardAssociation the card scheme
 * @param page the page, from 0
 * @param size the page size
 */
public record SearchStoredCardsRequest(
    String cardAlias,
    String cardBrand,
    CardType cardType,
    String cardUserKey,
    String cardToken,
    String cardBankName,
    CardAssociation cardAssociation,
    int page,
    int size) {

  /**
   * Checks every field, however the request is built.
   *
   * @throws io.github.paysdk.core.error.ValidationException naming the first bad field
   */
  public SearchStoredCardsRequest {
    Validate.check(page >= 0, "page", "must not be negative");
    Validate.positive(size, "size");
    OderoRules.knownOrNull(cardType, "cardType");
    OderoRules.knownOrNull(cardAssociation, "cardAssociation");
  }

  /** @return a builder with page 0 and size 10 */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @param page another page
   * @return the same filters for that page
   */
  public SearchStoredCardsRequest withPage(int page) {
    return new SearchStoredCardsRequest(cardAlias, cardBrand, cardType, cardUserKey, cardToken,
        cardBankName, cardAssociation, page, size);
  }

  /** Builds a {@link SearchStoredCardsRequest}. */
  public static final class Builder {
    private String cardAlias;
    private String cardBrand;
    private CardType cardType;
    private String cardUserKey;
    private String cardToken;
    private String cardBankName;
    private CardAssociation cardAssociation;
    private int page;
    private int size = 10;

    private Builder() {}

    /** @param alias the card's alias @return this builder */
    public Builder cardAlias(String alias) {
      this.cardAlias = alias;
      return this;
    }

    /** @param brand the card brand @return this builder */
    public Builder cardBrand(String brand) {
      this.cardBrand = brand;
      return this;
    }

    /** @param type the card type @return this builder */
    public Builder cardType(CardType type) {
      this.cardType = type;
      return this;
    }

    /** @param key the buyer's card user key @return this builder */
    public Builder cardUserKey(String key) {
      this.cardUserKey = key;
      return this;
    }

    /** @param token the card's token @return this builder */
    public Builder cardToken(String token) {
      this.cardToken = token;
      return this;
    }

    /** @param name the issuing bank @return this builder */
    public Builder cardBankName(String name) {
      this.cardBankName = name;
      return this;
    }

    /** @param association the card scheme @return this builder */
    public Builder cardAssociation(CardAssociation association) {
      this.cardAssociation = association;
      return this;
    }

    /** @param page the first page, from 0 @return this builder */
    public Builder page(int page) {
      this.page = page;
      return this;
    }

    /** @param size the page size @return this builder */
    public Builder size(int size) {
      this.size = size;
      return this;
    }

    /**
     * @return the request
     * @throws io.github.paysdk.core.error.ValidationException naming the bad field
     */
    public SearchStoredCardsRequest build() {
      return new SearchStoredCardsRequest(cardAlias, cardBrand, cardType, cardUserKey, cardToken,
          cardBankName, cardAssociation, page, size);
    }
  }
}
