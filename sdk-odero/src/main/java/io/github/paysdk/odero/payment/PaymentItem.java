package io.github.paysdk.odero.payment;

import io.github.paysdk.core.validation.Validate;
import io.github.paysdk.odero.internal.OderoRules;
import java.math.BigDecimal;

/**
 * One basket item of a payment; it becomes a payment transaction that can be refunded on its own.
 *
 * @param name the item's name
 * @param price the item's price
 * @param externalId the merchant's id for the item
 * @param subMerchantId the sub-merchant selling it (marketplaces), or null
 * @param subMerchantPrice the sub-merchant's share of the price, or null
 */
public record PaymentItem(
    String name, BigDecimal price, String externalId, Long subMerchantId, BigDecimal subMerchantPrice) {

  /**
   * Checks every field, however the value is built.
   *
   * @throws io.github.paysdk.core.error.ValidationException naming the first bad field
   */
  public PaymentItem {
    Validate.positive(price, "items.price");
    OderoRules.notNegative(subMerchantPrice, "items.subMerchantPrice");
  }

  /**
   * @param name the item's name
   * @param price the item's price, greater than 0
   * @param externalId the merchant's id for the item, or null
   * @return the item
   */
  public static PaymentItem of(String name, BigDecimal price, String externalId) {
    return builder().name(name).price(price).externalId(externalId).build();
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PaymentItem}. */
  public static final class Builder {
    private String name;
    private BigDecimal price;
    private String externalId;
    private Long subMerchantId;
    private BigDecimal subMerchantPrice;

    private Builder() {}

    /** @param name the item's name @return this builder */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /** @param price the item's price, greater than 0 @return this builder */
    public Builder price(BigDecimal price) {
      this.price = price;
      return this;
    }

    /** @param externalId the merchant's id for the item @return this builder */
    public Builder externalId(String externalId) {
      this.externalId = externalId;
      return this;
    }

    /** @param id the sub-merchant's id @return this builder */
    public Builder subMerchantId(Long id) {
      this.subMerchantId = id;
      return this;
    }

    /** @param price the sub-merchant's share @return this builder */
    public Builder subMerchantPrice(BigDecimal price) {
      this.subMerchantPrice = price;
      return this;
    }

    /**
     * @return the item
     * @throws io.github.paysdk.core.error.ValidationException naming the bad field
     */
    public PaymentItem build() {
      return new PaymentItem(name, price, externalId, subMerchantId, subMerchantPrice);
    }
  }
}
