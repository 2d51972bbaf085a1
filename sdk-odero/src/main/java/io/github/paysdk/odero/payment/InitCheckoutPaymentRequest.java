package io.github.paysdk.odero.payment;

import io.github.paysdk.core.validation.Validate;
import io.github.paysdk.odero.internal.OderoRules;
import io.github.paysdk.odero.model.Currency;
import io.github.paysdk.odero.model.PaymentGroup;
import io.github.paysdk.odero.model.PaymentPhase;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A hosted checkout page (Odero collects the card): for {@link PaymentService#initCheckoutPayment}.
 *
 * @param price the basket total
 * @param paidPrice the amount to charge
 * @param walletPrice the amount from the wallet, or null
 * @param currency the currency
 * @param paymentGroup what the payment is for
 * @param conversationId the merchant's reference
 * @param installment a fixed installment count, or null to let the buyer choose
 * @param callbackUrl where the buyer returns after paying
 * @param paymentPhase AUTH (default) or PRE_AUTH
 * @param cardUserKey the buyer's stored-card user key, to offer their stored cards
 * @param buyerId the platform's buyer id
 * @param items the basket items
 * @param merchantBranchName the merchant branch
 * @param buyerName the buyer's name
 * @param domainName the merchant's domain
 * @param buyerType the buyer type code
 */
public record InitCheckoutPaymentRequest(
    BigDecimal price,
    BigDecimal paidPrice,
    BigDecimal walletPrice,
    Currency currency,
    PaymentGroup paymentGroup,
    String conversationId,
    Integer installment,
    String callbackUrl,
    PaymentPhase paymentPhase,
    String cardUserKey,
    Long buyerId,
    List<PaymentItem> items,
    String merchantBranchName,
    String buyerName,
    String domainName,
    Integer buyerType) {

  /**
   * Checks every field, however the request is built.
   *
   * @throws io.github.paysdk.core.error.ValidationException naming the first bad field
   */
  public InitCheckoutPaymentRequest {
    Validate.positive(price, "price");
    Validate.positive(paidPrice, "paidPrice");
    OderoRules.notNegative(walletPrice, "walletPrice");
    OderoRules.known(currency, "currency");
    OderoRules.known(paymentGroup, "paymentGroup");
    OderoRules.installment(installment, "installment");
    OderoRules.callbackUrl(callbackUrl, "callbackUrl");
    OderoRules.knownOrNull(paymentPhase, "paymentPhase");
    items = items == null ? List.of() : items;
    for (PaymentItem item : items) {
      Validate.required(item, "items");
    }
    items = List.copyOf(items);
  }

  /** @return a builder (paymentPhase AUTH) */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link InitCheckoutPaymentRequest}; {@link #build()} checks every field. */
  public static final class Builder {
    private BigDecimal price;
    private BigDecimal paidPrice;
    private BigDecimal walletPrice;
    private Currency currency;
    private PaymentGroup paymentGroup;
    private String conversationId;
    private Integer installment;
    private String callbackUrl;
    private PaymentPhase paymentPhase = PaymentPhase.AUTH;
    private String cardUserKey;
    private Long buyerId;
    private final List<PaymentItem> items = new ArrayList<>();
    private String merchantBranchName;
    private String buyerName;
    private String domainName;
    private Integer buyerType;

    private Builder() {}

    /** @param price the basket total, greater than 0 @return this builder */
    public Builder price(BigDecimal price) {
      this.price = price;
      return this;
    }

    /** @param paidPrice the amount to charge, greater than 0 @return this builder */
    public Builder paidPrice(BigDecimal paidPrice) {
      this.paidPrice = paidPrice;
      return this;
    }

    /** @param walletPrice the amount from the wallet @return this builder */
    public Builder walletPrice(BigDecimal walletPrice) {
      this.walletPrice = walletPrice;
      return this;
    }

    /** @param currency the currency @return this builder */
    public Builder currency(Currency currency) {
      this.currency = currency;
      return this;
    }

    /** @param group what the payment is for @return this builder */
    public Builder paymentGroup(PaymentGroup group) {
      this.paymentGroup = group;
      return this;
    }

    /** @param conversationId the merchant's reference @return this builder */
    public Builder conversationId(String conversationId) {
      this.conversationId = conversationId;
      return this;
    }

    /** @param installment 1, 2, 3, 6, 9 or 12 @return this builder */
    public Builder installment(Integer installment) {
      this.installment = installment;
      return this;
    }

    /** @param url where the buyer returns, absolute http(s) @return this builder */
    public Builder callbackUrl(String url) {
      this.callbackUrl = url;
      return this;
    }

    /** @param phase AUTH or PRE_AUTH @return this builder */
    public Builder paymentPhase(PaymentPhase phase) {
      this.paymentPhase = phase;
      return this;
    }

    /** @param key the buyer's stored-card user key @return this builder */
    public Builder cardUserKey(String key) {
      this.cardUserKey = key;
      return this;
    }

    /** @param buyerId the platform's buyer id @return this builder */
    public Builder buyerId(Long buyerId) {
      this.buyerId = buyerId;
      return this;
    }

    /** @param item a basket item @return this builder */
    public Builder addItem(PaymentItem item) {
      items.add(item);
      return this;
    }

    /** @param items the basket items, replacing any added before @return this builder */
    public Builder items(List<PaymentItem> items) {
      this.items.clear();
      this.items.addAll(items);
      return this;
    }

    /** @param name the merchant branch @return this builder */
    public Builder merchantBranchName(String name) {
      this.merchantBranchName = name;
      return this;
    }

    /** @param name the buyer's name @return this builder */
    public Builder buyerName(String name) {
      this.buyerName = name;
      return this;
    }

    /** @param domain the merchant's domain @return this builder */
    public Builder domainName(String domain) {
      this.domainName = domain;
      return this;
    }

    /** @param type the buyer type code @return this builder */
    public Builder buyerType(Integer type) {
      this.buyerType = type;
      return this;
    }

    /**
     * @return the request
     * @throws io.github.paysdk.core.error.ValidationException naming the first bad field
     */
    public InitCheckoutPaymentRequest build() {
      return new InitCheckoutPaymentRequest(price, paidPrice, walletPrice, currency, paymentGroup,
          conversationId, installment, callbackUrl, paymentPhase, cardUserKey, buyerId, items,
          merchantBranchName, buyerName, domainName, buyerType);
    }
  }
}
