package io.github.paysdk.odero.payment;

import io.github.paysdk.core.validation.Validate;
import io.github.paysdk.odero.internal.OderoRules;
import io.github.paysdk.odero.model.Currency;
import io.github.paysdk.odero.model.PaymentGroup;
import io.github.paysdk.odero.model.PaymentPhase;
import io.github.paysdk.odero.model.PaymentType;
import io.github.paysdk.odero.model.PosBlockageResolveType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A card payment: for {@link PaymentService#createPayment} (no 3-D Secure) or, with a callback URL, for
 * {@link PaymentService#init3dsPayment}. Set a unique {@code conversationId}: it is how you find the payment
 * again if the answer is lost.
 *
 * @param price the basket total
 * @param paidPrice the amount to charge (may differ from price, e.g. with installment interest)
 * @param walletPrice the amount to take from the buyer's wallet (default 0)
 * @param installment the installment count: 1, 2, 3, 6, 9 or 12
 * @param currency the currency
 * @param paymentGroup what the payment is for
 * @param conversationId the merchant's reference, echoed back and searchable
 * @param paymentPhase AUTH (default) or PRE_AUTH to capture later
 * @param paymentOrder the payment order, if the merchant uses it
 * @param paymentType the payment type, normally left unset
 * @param buyerId the platform's buyer id, or null
 * @param card the card to charge
 * @param posAlias the POS to route to (TOKENGATE connector), or null
 * @param items the basket items (at least one)
 * @param merchantBranchName the merchant branch, or null
 * @param blockageResolveType how the bank releases the funds, or null
 * @param creditorId the creditor, or null
 */
public record CreatePaymentRequest(
    BigDecimal price,
    BigDecimal paidPrice,
    BigDecimal walletPrice,
    Integer installment,
    Currency currency,
    PaymentGroup paymentGroup,
    String conversationId,
    PaymentPhase paymentPhase,
    Integer paymentOrder,
    PaymentType paymentType,
    Long buyerId,
    Card card,
    String posAlias,
    List<PaymentItem> items,
    String merchantBranchName,
    PosBlockageResolveType blockageResolveType,
    Long creditorId) {

  /**
   * Checks every field, however the request is built.
   *
   * @throws io.github.paysdk.core.error.ValidationException naming the first bad field
   */
  public CreatePaymentRequest {
    Validate.positive(price, "price");
    Validate.positive(paidPrice, "paidPrice");
    OderoRules.notNegative(walletPrice, "walletPrice");
    Validate.required(installment, "installment");
    OderoRules.installment(installment, "installment");
    OderoRules.known(currency, "currency");
    OderoRules.known(paymentGroup, "paymentGroup");
    OderoRules.knownOrNull(paymentPhase, "paymentPhase");
    OderoRules.knownOrNull(paymentType, "paymentType");
    OderoRules.knownOrNull(blockageResolveType, "blockageResolveType");
    Validate.required(card, "card");
    Validate.notEmpty(items, "items");
    for (PaymentItem item : items) {
      Validate.required(item, "items");
    }
    items = List.copyOf(items);
  }

  /** @return a builder (walletPrice 0, installment 1, paymentPhase AUTH) */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CreatePaymentRequest}; {@link #build()} checks every field. */
  public static final class Builder {
    private BigDecimal price;
    private BigDecimal paidPrice;
    private BigDecimal walletPrice = BigDecimal.ZERO;
    private Integer installment = 1;
    private Currency currency;
    private PaymentGroup paymentGroup;
    private String conversationId;
    private PaymentPhase paymentPhase = PaymentPhase.AUTH;
    private Integer paymentOrder;
    private PaymentType paymentType;
    private Long buyerId;
    private Card card;
    private String posAlias;
    private final List<PaymentItem> items = new ArrayList<>();
    private String merchantBranchName;
    private PosBlockageResolveType blockageResolveType;
    private Long creditorId;

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

    /** @param walletPrice the amount from the wallet, 0 or more @return this builder */
    public Builder walletPrice(BigDecimal walletPrice) {
      this.walletPrice = walletPrice;
      return this;
    }

    /** @param installment 1, 2, 3, 6, 9 or 12 @return this builder */
    public Builder installment(int installment) {
      this.installment = installment;
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

    /** @param conversationId the merchant's unique reference @return this builder */
    public Builder conversationId(String conversationId) {
      this.conversationId = conversationId;
      return this;
    }

    /** @param phase AUTH or PRE_AUTH @return this builder */
    public Builder paymentPhase(PaymentPhase phase) {
      this.paymentPhase = phase;
      return this;
    }

    /** @param order the payment order @return this builder */
    public Builder paymentOrder(Integer order) {
      this.paymentOrder = order;
      return this;
    }

    /** @param type the payment type @return this builder */
    public Builder paymentType(PaymentType type) {
      this.paymentType = type;
      return this;
    }

    /** @param buyerId the platform's buyer id @return this builder */
    public Builder buyerId(Long buyerId) {
      this.buyerId = buyerId;
      return this;
    }

    /** @param card the card to charge @return this builder */
    public Builder card(Card card) {
      this.card = card;
      return this;
    }

    /** @param posAlias the POS alias @return this builder */
    public Builder posAlias(String posAlias) {
      this.posAlias = posAlias;
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

    /** @param type how the bank releases the funds @return this builder */
    public Builder blockageResolveType(PosBlockageResolveType type) {
      this.blockageResolveType = type;
      return this;
    }

    /** @param creditorId the creditor @return this builder */
    public Builder creditorId(Long creditorId) {
      this.creditorId = creditorId;
      return this;
    }

    /**
     * @return the request
     * @throws io.github.paysdk.core.error.ValidationException naming the first bad field
     */
    public CreatePaymentRequest build() {
      return new CreatePaymentRequest(price, paidPrice, walletPrice, installment, currency, paymentGroup,
          conversationId, paymentPhase, paymentOrder, paymentType, buyerId, card, posAlias,
          items, merchantBranchName, blockageResolveType, creditorId);
    }
  }
}
