package io.github.paysdk.momo.disbursement;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.paysdk.momo.internal.MomoRules;
import io.github.paysdk.momo.model.CreateRequest;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * A refund of a collection request to pay (Refund-V1/V2). No payee: MTN refunds the original payer.
 * The reference id is generated at build time unless given.
 *
 * @param amount the amount to refund, greater than 0; partial refunds are allowed
 * @param currency the ISO 4217 currency
 * @param externalId your reconciliation reference, or null
 * @param payerMessage shown to the payer (max 160 characters, no apostrophe), or null
 * @param payeeNote shown to the payee (max 160 characters, no apostrophe), or null
 * @param referenceIdToRefund the {@code X-Reference-Id} of the request to pay being refunded
 * @param referenceId the refund's own {@code X-Reference-Id}
 * @param callbackUrl where MTN sends the callback, or null for the client's default
 */
@JsonPropertyOrder({"amount", "currency", "externalId", "payerMessage", "payeeNote",
    "referenceIdToRefund"})
public record RefundRequest(
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
    String currency,
    String externalId,
    String payerMessage,
    String payeeNote,
    UUID referenceIdToRefund,
    @JsonIgnore UUID referenceId,
    @JsonIgnore String callbackUrl) implements CreateRequest {

  /** Validates every field. */
  public RefundRequest {
    MomoRules.amount(amount, "amount");
    MomoRules.currency(currency, "currency");
    MomoRules.message(payerMessage, "payerMessage");
    MomoRules.message(payeeNote, "payeeNote");
    MomoRules.uuidV4(referenceIdToRefund, "referenceIdToRefund");
    MomoRules.uuidV4(referenceId, "referenceId");
    MomoRules.callbackUrl(callbackUrl, "callbackUrl");
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RefundRequest}. */
  public static final class Builder {
    private BigDecimal amount;
    private String currency;
    private String externalId;
    private String payerMessage;
    private String payeeNote;
    private UUID referenceIdToRefund;
    private UUID referenceId;
    private String callbackUrl;

    private Builder() {}

    /** @param amount the amount @return this builder */
    public Builder amount(BigDecimal amount) {
      this.amount = amount;
      return this;
    }

    /** @param amount the amount as text @return this builder */
    public Builder amount(String amount) {
      this.amount = MomoRules.decimal(amount, "amount");
      return this;
    }

    /** @param currency the currency @return this builder */
    public Builder currency(String currency) {
      this.currency = currency;
      return this;
    }

    /** @param externalId your reference @return this builder */
    public Builder externalId(String externalId) {
      this.externalId = externalId;
      return this;
    }

    /** @param payerMessage shown to the payer @return this builder */
    public Builder payerMessage(String payerMessage) {
      this.payerMessage = payerMessage;
      return this;
    }

    /** @param payeeNote shown to the payee @return this builder */
    public Builder payeeNote(String payeeNote) {
      this.payeeNote = payeeNote;
      return this;
    }

    /** @param referenceIdToRefund the request to pay being refunded @return this builder */
    public Builder referenceIdToRefund(UUID referenceIdToRefund) {
      this.referenceIdToRefund = referenceIdToRefund;
      return this;
    }

    /** @param referenceId your own UUID v4; generated if not set @return this builder */
    public Builder referenceId(UUID referenceId) {
      this.referenceId = referenceId;
      return this;
    }

    /** @param callbackUrl where MTN sends the callback @return this builder */
    public Builder callbackUrl(String callbackUrl) {
      this.callbackUrl = callbackUrl;
      return this;
    }

    /** @return the request @throws io.github.paysdk.core.error.ValidationException naming the field */
    public RefundRequest build() {
      return new RefundRequest(amount, currency, externalId, payerMessage, payeeNote,
          referenceIdToRefund, referenceId == null ? UUID.randomUUID() : referenceId, callbackUrl);
    }
  }
}
