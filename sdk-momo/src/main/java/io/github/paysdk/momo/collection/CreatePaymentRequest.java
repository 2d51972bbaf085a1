package io.github.paysdk.momo.collection;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.paysdk.core.validation.Validate;
import io.github.paysdk.momo.internal.MomoRules;
import io.github.paysdk.momo.model.CreateRequest;
import java.util.UUID;

/**
 * A payment ({@code POST /collection/v2_0/payment}), e.g. of a bill or a product offering.
 *
 * @param externalTransactionId your transaction id
 * @param money the amount and currency
 * @param customerReference the customer's reference at the service provider
 * @param serviceProviderUserName the service provider's user name
 * @param couponId a coupon, or null
 * @param productId a product, or null
 * @param productOfferingId a product offering, or null
 * @param receiverMessage shown to the receiver (max 160 characters, no apostrophe), or null
 * @param senderNote shown to the sender (max 160 characters, no apostrophe), or null
 * @param maxNumberOfRetries how often MTN may retry, or null
 * @param includeSenderCharges whether the sender pays the charges, or null
 * @param referenceId the {@code X-Reference-Id} (UUID v4)
 * @param callbackUrl where MTN sends the (PUT) callback, or null for the client's default
 */
@JsonPropertyOrder({"externalTransactionId", "money", "customerReference", "serviceProviderUserName",
    "couponId", "productId", "productOfferingId", "receiverMessage", "senderNote", "maxNumberOfRetries",
    "includeSenderCharges"})
public record CreatePaymentRequest(
    String externalTransactionId,
    Money money,
    String customerReference,
    String serviceProviderUserName,
    String couponId,
    String productId,
    String productOfferingId,
    String receiverMessage,
    String senderNote,
    Integer maxNumberOfRetries,
    Boolean includeSenderCharges,
    @JsonIgnore UUID referenceId,
    @JsonIgnore String callbackUrl) implements CreateRequest {

  /** Validates every field. */
  public CreatePaymentRequest {
    Validate.notBlank(externalTransactionId, "externalTransactionId");
    Validate.required(money, "money");
    Validate.notBlank(customerReference, "customerReference");
    Validate.notBlank(serviceProviderUserName, "serviceProviderUserName");
    MomoRules.message(receiverMessage, "receiverMessage");
    MomoRules.message(senderNote, "senderNote");
    if (maxNumberOfRetries != null) {
      Validate.check(maxNumberOfRetries >= 0, "maxNumberOfRetries", "must not be negative");
    }
    MomoRules.uuidV4(referenceId, "referenceId");
    MomoRules.callbackUrl(callbackUrl, "callbackUrl");
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CreatePaymentRequest}. */
  public static final class Builder {
    private String externalTransactionId;
    private Money money;
    private String customerReference;
    private String serviceProviderUserName;
    private String couponId;
    private String productId;
    private String productOfferingId;
    private String receiverMessage;
    private String senderNote;
    private Integer maxNumberOfRetries;
    private Boolean includeSenderCharges;
    private UUID referenceId;
    private String callbackUrl;

    private Builder() {}

    /** @param value your transaction id @return this builder */
    public Builder externalTransactionId(String value) {
      this.externalTransactionId = value;
      return this;
    }

    /** @param value the amount and currency @return this builder */
    public Builder money(Money value) {
      this.money = value;
      return this;
    }

    /** @param value the customer's reference @return this builder */
    public Builder customerReference(String value) {
      this.customerReference = value;
      return this;
    }

    /** @param value the service provider's user name @return this builder */
    public Builder serviceProviderUserName(String value) {
      this.serviceProviderUserName = value;
      return this;
    }

    /** @param value a coupon @return this builder */
    public Builder couponId(String value) {
      this.couponId = value;
      return this;
    }

    /** @param value a product @return this builder */
    public Builder productId(String value) {
      this.productId = value;
      return this;
    }

    /** @param value a product offering @return this builder */
    public Builder productOfferingId(String value) {
      this.productOfferingId = value;
      return this;
    }

    /** @param value shown to the receiver @return this builder */
    public Builder receiverMessage(String value) {
      this.receiverMessage = value;
      return this;
    }

    /** @param value shown to the sender @return this builder */
    public Builder senderNote(String value) {
      this.senderNote = value;
      return this;
    }

    /** @param value how often MTN may retry @return this builder */
    public Builder maxNumberOfRetries(int value) {
      this.maxNumberOfRetries = value;
      return this;
    }

    /** @param value whether the sender pays the charges @return this builder */
    public Builder includeSenderCharges(boolean value) {
      this.includeSenderCharges = value;
      return this;
    }

    /** @param value your own UUID v4; generated if not set @return this builder */
    public Builder referenceId(UUID value) {
      this.referenceId = value;
      return this;
    }

    /** @param value where MTN sends the callback @return this builder */
    public Builder callbackUrl(String value) {
      this.callbackUrl = value;
      return this;
    }

    /** @return the request @throws io.github.paysdk.core.error.ValidationException naming the field */
    public CreatePaymentRequest build() {
      return new CreatePaymentRequest(externalTransactionId, money, customerReference,
          serviceProviderUserName, couponId, productId, productOfferingId, receiverMessage, senderNote,
          maxNumberOfRetries, includeSenderCharges,
          referenceId == null ? UUID.randomUUID() : referenceId, callbackUrl);
    }
  }
}
