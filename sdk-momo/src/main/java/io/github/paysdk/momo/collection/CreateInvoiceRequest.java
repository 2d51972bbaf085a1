package io.github.paysdk.momo.collection;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.paysdk.core.validation.Validate;
import io.github.paysdk.momo.model.Party;
import io.github.paysdk.momo.internal.MomoRules;
import io.github.paysdk.momo.model.CreateRequest;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * An invoice ({@code POST /collection/v2_0/invoice}) the intended payer can pay until it expires.
 *
 * @param externalId your reference
 * @param amount the amount, greater than 0 (a JSON string)
 * @param currency the ISO 4217 currency
 * @param validityDuration seconds the invoice stays payable (a JSON string)
 * @param intendedPayer who should pay
 * @param payee who receives, or null
 * @param description shown to the payer, or null
 * @param referenceId the {@code X-Reference-Id} (UUID v4)
 * @param callbackUrl where MTN sends the (PUT) callback, or null for the client's default
 */
@JsonPropertyOrder({"externalId", "amount", "currency", "validityDuration", "intendedPayer", "payee",
    "description"})
public record CreateInvoiceRequest(
    String externalId,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
    String currency,
    @JsonFormat(shape = JsonFormat.Shape.STRING) Long validityDuration,
    Party intendedPayer,
    Party payee,
    String description,
    @JsonIgnore UUID referenceId,
    @JsonIgnore String callbackUrl) implements CreateRequest {

  /** Validates every field. */
  public CreateInvoiceRequest {
    Validate.notBlank(externalId, "externalId");
    MomoRules.amount(amount, "amount");
    MomoRules.currency(currency, "currency");
    Validate.required(validityDuration, "validityDuration");
    Validate.positive(validityDuration, "validityDuration");
    Party.validate(intendedPayer, "intendedPayer");
    if (payee != null) {
      Party.validate(payee, "payee");
    }
    MomoRules.message(description, "description");
    MomoRules.uuidV4(referenceId, "referenceId");
    MomoRules.callbackUrl(callbackUrl, "callbackUrl");
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CreateInvoiceRequest}. */
  public static final class Builder {
    private String externalId;
    private BigDecimal amount;
    private String currency;
    private Long validityDuration;
    private Party intendedPayer;
    private Party payee;
    private String description;
    private UUID referenceId;
    private String callbackUrl;

    private Builder() {}

    /** @param externalId your reference @return this builder */
    public Builder externalId(String externalId) {
      this.externalId = externalId;
      return this;
    }

    /** @param amount the amount as text @return this builder */
    public Builder amount(String amount) {
      this.amount = MomoRules.decimal(amount, "amount");
      return this;
    }

    /** @param amount the amount @return this builder */
    public Builder amount(BigDecimal amount) {
      this.amount = amount;
      return this;
    }

    /** @param currency the currency @return this builder */
    public Builder currency(String currency) {
      this.currency = currency;
      return this;
    }

    /** @param seconds how long the invoice is payable @return this builder */
    public Builder validityDuration(long seconds) {
      this.validityDuration = seconds;
      return this;
    }

    /** @param intendedPayer who should pay @return this builder */
    public Builder intendedPayer(Party intendedPayer) {
      this.intendedPayer = intendedPayer;
      return this;
    }

    /** @param payee who receives @return this builder */
    public Builder payee(Party payee) {
      this.payee = payee;
      return this;
    }

    /** @param description shown to the payer @return this builder */
    public Builder description(String description) {
      this.description = description;
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
    public CreateInvoiceRequest build() {
      return new CreateInvoiceRequest(externalId, amount, currency, validityDuration, intendedPayer,
          payee, description, referenceId == null ? UUID.randomUUID() : referenceId, callbackUrl);
    }
  }
}
