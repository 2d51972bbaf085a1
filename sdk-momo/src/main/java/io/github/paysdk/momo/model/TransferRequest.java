package io.github.paysdk.momo.model;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.paysdk.momo.internal.MomoRules;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * Money to a payee: the body of a disbursement transfer, a disbursement deposit (V1 and V2) and a
 * remittance transfer. Build with {@link #builder()}; the reference id is generated at build time unless
 * given, so resending the same request object reuses it.
 *
 * @param amount the amount, greater than 0 (sent as a JSON string)
 * @param currency the ISO 4217 currency (EUR in the sandbox)
 * @param externalId your reconciliation reference (not required to be unique), or null
 * @param payee who receives the money
 * @param payerMessage shown in the payer's history (max 160 characters, no apostrophe), or null
 * @param payeeNote shown in the payee's history (max 160 characters, no apostrophe), or null
 * @param referenceId the {@code X-Reference-Id} (UUID v4) the transaction is created and looked up by
 * @param callbackUrl where MTN sends the callback, or null for the client's default
 */
@JsonPropertyOrder({"amount", "currency", "externalId", "payee", "payerMessage", "payeeNote"})
public record TransferRequest(
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
    String currency,
    String externalId,
    Party payee,
    String payerMessage,
    String payeeNote,
    @JsonIgnore UUID referenceId,
    @JsonIgnore String callbackUrl) implements CreateRequest {

  /** Validates every field; see {@link Builder#build()}. */
  public TransferRequest {
    MomoRules.amount(amount, "amount");
    MomoRules.currency(currency, "currency");
    Party.validate(payee, "payee");
    MomoRules.message(payerMessage, "payerMessage");
    MomoRules.message(payeeNote, "payeeNote");
    MomoRules.uuidV4(referenceId, "referenceId");
    MomoRules.callbackUrl(callbackUrl, "callbackUrl");
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TransferRequest}. */
  public static final class Builder {
    private BigDecimal amount;
    private String currency;
    private String externalId;
    private Party payee;
    private String payerMessage;
    private String payeeNote;
    private UUID referenceId;
    private String callbackUrl;

    private Builder() {}

    /** @param amount the amount, greater than 0 @return this builder */
    public Builder amount(BigDecimal amount) {
      this.amount = amount;
      return this;
    }

    /** @param amount the amount as text, e.g. {@code "12.50"} @return this builder */
    public Builder amount(String amount) {
      this.amount = MomoRules.decimal(amount, "amount");
      return this;
    }

    /** @param currency the ISO 4217 currency @return this builder */
    public Builder currency(String currency) {
      this.currency = currency;
      return this;
    }

    /** @param externalId your reconciliation reference @return this builder */
    public Builder externalId(String externalId) {
      this.externalId = externalId;
      return this;
    }

    /** @param payee who receives the money @return this builder */
    public Builder payee(Party payee) {
      this.payee = payee;
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

    /** @param referenceId your own UUID v4 (persist it before sending); generated if not set @return this builder */
    public Builder referenceId(UUID referenceId) {
      this.referenceId = referenceId;
      return this;
    }

    /** @param callbackUrl where MTN sends the callback @return this builder */
    public Builder callbackUrl(String callbackUrl) {
      this.callbackUrl = callbackUrl;
      return this;
    }

    /**
     * @return the request
     * @throws io.github.paysdk.core.error.ValidationException naming the first invalid field
     */
    public TransferRequest build() {
      return new TransferRequest(amount, currency, externalId, payee, payerMessage, payeeNote,
          referenceId == null ? UUID.randomUUID() : referenceId, callbackUrl);
    }
  }
}
