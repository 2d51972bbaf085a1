package io.github.paysdk.momo.collection;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.paysdk.momo.model.Party;
import io.github.paysdk.momo.internal.MomoRules;
import io.github.paysdk.momo.model.CreateRequest;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * Money from a payer: the body of a request to pay and of a request to withdraw (V1 and V2). The payer
 * approves on their phone within 5 minutes. The reference id is generated at build time unless given.
 *
 * @param amount the amount, greater than 0 (sent as a JSON string)
 * @param currency the ISO 4217 currency (EUR in the sandbox)
 * @param externalId your reconciliation reference, or null
 * @param payer who pays
 * @param payerMessage shown to the payer (max 160 characters, no apostrophe), or null
 * @param payeeNote shown to the payee (max 160 characters, no apostrophe), or null
 * @param referenceId the {@code X-Reference-Id} (UUID v4)
 * @param callbackUrl where MTN sends the callback, or null for the client's default
 */
@JsonPropertyOrder({"amount", "currency", "externalId", "payer", "payerMessage", "payeeNote"})
public record RequestToPayRequest(
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
    String currency,
    String externalId,
    Party payer,
    String payerMessage,
    String payeeNote,
    @JsonIgnore UUID referenceId,
    @JsonIgnore String callbackUrl) implements CreateRequest {

  /** Validates every field. */
  public RequestToPayRequest {
    MomoRules.amount(amount, "amount");
    MomoRules.currency(currency, "currency");
    Party.validate(payer, "payer");
    MomoRules.message(payerMessage, "payerMessage");
    MomoRules.message(payeeNote, "payeeNote");
    MomoRules.uuidV4(referenceId, "referenceId");
    MomoRules.callbackUrl(callbackUrl, "callbackUrl");
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RequestToPayRequest}. */
  public static final class Builder {
    private BigDecimal amount;
    private String currency;
    private String externalId;
    private Party payer;
    private String payerMessage;
    private String payeeNote;
    private UUID referenceId;
    private String callbackUrl;

    private Builder() {}

    /** @param amount the amount @return this builder */
    public Builder amount(BigDecimal amount) {
      this.amount = amount;
      return this;
    }

    /** @param amount the amount as text, e.g. {@code "100"} @return this builder */
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

    /** @param payer who pays @return this builder */
    public Builder payer(Party payer) {
      this.payer = payer;
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
    public RequestToPayRequest build() {
      return new RequestToPayRequest(amount, currency, externalId, payer, payerMessage, payeeNote,
          referenceId == null ? UUID.randomUUID() : referenceId, callbackUrl);
    }
  }
}
