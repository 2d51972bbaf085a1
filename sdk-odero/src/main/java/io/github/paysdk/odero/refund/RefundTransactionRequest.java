package io.github.paysdk.odero.refund;

import io.github.paysdk.core.validation.Validate;
import io.github.paysdk.odero.internal.OderoRules;
import io.github.paysdk.odero.model.RefundDestinationType;
import java.math.BigDecimal;

/**
 * A full or partial refund of one payment transaction (one basket item), for
 * {@link RefundService#refundTransaction}.
 *
 * @param paymentTransactionId the payment transaction to refund
 * @param conversationId the merchant's reference for the refund
 * @param refundPrice the amount to refund, or null for the rest of the transaction
 * @param refundDestinationType where the money goes (default CARD)
 */
public record RefundTransactionRequest(
    long paymentTransactionId,
    String conversationId,
    BigDecimal refundPrice,
    RefundDestinationType refundDestinationType) {

  /**
   * Checks the fields.
   *
   * @throws io.github.paysdk.core.error.ValidationException naming the bad field
   */
  public RefundTransactionRequest {
    Validate.positive(paymentTransactionId, "paymentTransactionId");
    if (refundPrice != null) {
      Validate.positive(refundPrice, "refundPrice");
    }
    OderoRules.known(refundDestinationType, "refundDestinationType");
  }

  /** @return a builder (refund to the card) */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RefundTransactionRequest}. */
  public static final class Builder {
    private long paymentTransactionId;
    private String conversationId;
    private BigDecimal refundPrice;
    private RefundDestinationType refundDestinationType = RefundDestinationType.CARD;

    private Builder() {}

    /** @param id the payment transaction to refund @return this builder */
    public Builder paymentTransactionId(long id) {
      this.paymentTransactionId = id;
      return this;
    }

    /** @param conversationId the merchant's unique reference for the refund @return this builder */
    public Builder conversationId(String conversationId) {
      this.conversationId = conversationId;
      return this;
    }

    /** @param price the amount to refund, greater than 0 @return this builder */
    public Builder refundPrice(BigDecimal price) {
      this.refundPrice = price;
      return this;
    }

    /** @param type where the money goes @return this builder */
    public Builder refundDestinationType(RefundDestinationType type) {
      this.refundDestinationType = type;
      return this;
    }

    /**
     * @return the request
     * @throws io.github.paysdk.core.error.ValidationException naming the bad field
     */
    public RefundTransactionRequest build() {
      return new RefundTransactionRequest(
          paymentTransactionId, conversationId, refundPrice, refundDestinationType);
    }
  }
}
