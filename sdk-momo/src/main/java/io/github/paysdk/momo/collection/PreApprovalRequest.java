package io.github.paysdk.momo.collection;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.paysdk.core.validation.Validate;
import io.github.paysdk.momo.model.Party;
import io.github.paysdk.momo.internal.MomoRules;
import io.github.paysdk.momo.model.CreateRequest;
import java.util.UUID;

/**
 * A pre-approval ({@code POST /collection/v2_0/preapproval}): the payer allows future debits.
 *
 * @param payer who approves
 * @param payerCurrency the payer's ISO 4217 currency
 * @param payerMessage shown to the payer (max 160 characters, no apostrophe), or null
 * @param validityTime seconds the pre-approval lasts
 * @param referenceId the {@code X-Reference-Id} (UUID v4)
 * @param callbackUrl where MTN sends the (PUT) callback, or null for the client's default
 */
@JsonPropertyOrder({"payer", "payerCurrency", "payerMessage", "validityTime"})
public record PreApprovalRequest(
    Party payer,
    String payerCurrency,
    String payerMessage,
    Long validityTime,
    @JsonIgnore UUID referenceId,
    @JsonIgnore String callbackUrl) implements CreateRequest {

  /** Validates every field. */
  public PreApprovalRequest {
    Party.validate(payer, "payer");
    MomoRules.currency(payerCurrency, "payerCurrency");
    MomoRules.message(payerMessage, "payerMessage");
    Validate.required(validityTime, "validityTime");
    Validate.positive(validityTime, "validityTime");
    MomoRules.uuidV4(referenceId, "referenceId");
    MomoRules.callbackUrl(callbackUrl, "callbackUrl");
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PreApprovalRequest}. */
  public static final class Builder {
    private Party payer;
    private String payerCurrency;
    private String payerMessage;
    private Long validityTime;
    private UUID referenceId;
    private String callbackUrl;

    private Builder() {}

    /** @param value who approves @return this builder */
    public Builder payer(Party value) {
      this.payer = value;
      return this;
    }

    /** @param value the payer's currency @return this builder */
    public Builder payerCurrency(String value) {
      this.payerCurrency = value;
      return this;
    }

    /** @param value shown to the payer @return this builder */
    public Builder payerMessage(String value) {
      this.payerMessage = value;
      return this;
    }

    /** @param seconds how long it lasts @return this builder */
    public Builder validityTime(long seconds) {
      this.validityTime = seconds;
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
    public PreApprovalRequest build() {
      return new PreApprovalRequest(payer, payerCurrency, payerMessage, validityTime,
          referenceId == null ? UUID.randomUUID() : referenceId, callbackUrl);
    }
  }
}
