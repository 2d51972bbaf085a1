package io.github.paysdk.momo.remittance;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.paysdk.core.validation.Validate;
import io.github.paysdk.momo.model.Party;
import io.github.paysdk.momo.internal.MomoRules;
import io.github.paysdk.momo.model.CreateRequest;
import java.math.BigDecimal;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A cash transfer ({@code POST /remittance/v2_0/cashtransfer}): a remittance with the sender's KYC data.
 * The originating country goes on the wire under MTN's own misspelled key {@code orginatingCountry}.
 *
 * @param amount the amount paid out, greater than 0 (a JSON string)
 * @param currency the payout currency
 * @param payee who receives
 * @param externalId your reference, or null
 * @param originatingCountry ISO 3166 alpha-2 country the money comes from (sent as {@code orginatingCountry})
 * @param originalAmount the amount sent, or null (a JSON string)
 * @param originalCurrency the currency sent, or null
 * @param payerMessage shown to the payer (max 160 characters, no apostrophe), or null
 * @param payeeNote shown to the payee (max 160 characters, no apostrophe), or null
 * @param payerIdentificationType the sender's ID type: CPFA, SRSA, NRIN, OTHR, DRLC, PASS, SOCS, AREG, IDCD, EMID
 * @param payerIdentificationNumber the sender's ID number
 * @param payerIdentity the sender's identity, e.g. {@code ID:256701081899/MSISDN}
 * @param payerFirstName the sender's first name
 * @param payerSurName the sender's surname
 * @param payerLanguageCode the sender's language, e.g. {@code en}
 * @param payerEmail the sender's e-mail
 * @param payerMsisdn the sender's phone number
 * @param payerGender MALE, FEMALE or OTHER
 * @param referenceId the {@code X-Reference-Id} (UUID v4)
 * @param callbackUrl where MTN sends the callback, or null for the client's default
 */
@JsonPropertyOrder({"amount", "currency", "payee", "externalId", "orginatingCountry", "originalAmount",
    "originalCurrency", "payerMessage", "payeeNote", "payerIdentificationType",
    "payerIdentificationNumber", "payerIdentity", "payerFirstName", "payerSurName",
    "payerLanguageCode", "payerEmail", "payerMsisdn", "payerGender"})
public record CashTransferRequest(
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
    String currency,
    Party payee,
    String externalId,
    @JsonProperty("orginatingCountry") String originatingCountry,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal originalAmount,
    String originalCurrency,
    String payerMessage,
    String payeeNote,
    String payerIdentificationType,
    String payerIdentificationNumber,
    String payerIdentity,
    String payerFirstName,
    String payerSurName,
    String payerLanguageCode,
    String payerEmail,
    String payerMsisdn,
    String payerGender,
    @JsonIgnore UUID referenceId,
    @JsonIgnore String callbackUrl) implements CreateRequest {
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

  /** Validates the fields. */
  public CashTransferRequest {
    MomoRules.amount(amount, "amount");
    MomoRules.currency(currency, "currency");
    Party.validate(payee, "payee");
    Validate.matches(originatingCountry, COUNTRY,
        "must be an ISO 3166 alpha-2 code", "originatingCountry");
    if (originalAmount != null) {
      MomoRules.amount(originalAmount, "originalAmount");
    }
    if (originalCurrency != null) {
      MomoRules.currency(originalCurrency, "originalCurrency");
    }
    MomoRules.message(payerMessage, "payerMessage");
    MomoRules.message(payeeNote, "payeeNote");
    if (payerMsisdn != null) {
      MomoRules.msisdn(payerMsisdn, "payerMsisdn");
    }
    MomoRules.uuidV4(referenceId, "referenceId");
    MomoRules.callbackUrl(callbackUrl, "callbackUrl");
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CashTransferRequest}. */
  public static final class Builder {
    private BigDecimal amount;
    private String currency;
    private Party payee;
    private String externalId;
    private String originatingCountry;
    private BigDecimal originalAmount;
    private String originalCurrency;
    private String payerMessage;
    private String payeeNote;
    private String payerIdentificationType;
    private String payerIdentificationNumber;
    private String payerIdentity;
    private String payerFirstName;
    private String payerSurName;
    private String payerLanguageCode;
    private String payerEmail;
    private String payerMsisdn;
    private String payerGender;
    private UUID referenceId;
    private String callbackUrl;

    private Builder() {}

    /** @param value the amount as text @return this builder */
    public Builder amount(String value) {
      this.amount = MomoRules.decimal(value, "amount");
      return this;
    }

    /** @param value the currency @return this builder */
    public Builder currency(String value) {
      this.currency = value;
      return this;
    }

    /** @param value who receives @return this builder */
    public Builder payee(Party value) {
      this.payee = value;
      return this;
    }

    /** @param value your reference @return this builder */
    public Builder externalId(String value) {
      this.externalId = value;
      return this;
    }

    /** @param value the originating country, ISO 3166 alpha-2 @return this builder */
    public Builder originatingCountry(String value) {
      this.originatingCountry = value;
      return this;
    }

    /** @param value the amount sent, as text @return this builder */
    public Builder originalAmount(String value) {
      this.originalAmount = MomoRules.decimal(value, "originalAmount");
      return this;
    }

    /** @param value the currency sent @return this builder */
    public Builder originalCurrency(String value) {
      this.originalCurrency = value;
      return this;
    }

    /** @param value shown to the payer @return this builder */
    public Builder payerMessage(String value) {
      this.payerMessage = value;
      return this;
    }

    /** @param value shown to the payee @return this builder */
    public Builder payeeNote(String value) {
      this.payeeNote = value;
      return this;
    }

    /** @param value the sender's ID type, e.g. PASS @return this builder */
    public Builder payerIdentificationType(String value) {
      this.payerIdentificationType = value;
      return this;
    }

    /** @param value the sender's ID number @return this builder */
    public Builder payerIdentificationNumber(String value) {
      this.payerIdentificationNumber = value;
      return this;
    }

    /** @param value the sender's identity @return this builder */
    public Builder payerIdentity(String value) {
      this.payerIdentity = value;
      return this;
    }

    /** @param value the sender's first name @return this builder */
    public Builder payerFirstName(String value) {
      this.payerFirstName = value;
      return this;
    }

    /** @param value the sender's surname @return this builder */
    public Builder payerSurName(String value) {
      this.payerSurName = value;
      return this;
    }

    /** @param value the sender's language @return this builder */
    public Builder payerLanguageCode(String value) {
      this.payerLanguageCode = value;
      return this;
    }

    /** @param value the sender's e-mail @return this builder */
    public Builder payerEmail(String value) {
      this.payerEmail = value;
      return this;
    }

    /** @param value the sender's phone number @return this builder */
    public Builder payerMsisdn(String value) {
      this.payerMsisdn = value;
      return this;
    }

    /** @param value MALE, FEMALE or OTHER @return this builder */
    public Builder payerGender(String value) {
      this.payerGender = value;
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
    public CashTransferRequest build() {
      return new CashTransferRequest(amount, currency, payee, externalId, originatingCountry,
          originalAmount, originalCurrency, payerMessage, payeeNote, payerIdentificationType,
          payerIdentificationNumber, payerIdentity, payerFirstName, payerSurName, payerLanguageCode,
          payerEmail, payerMsisdn, payerGender,
          referenceId == null ? UUID.randomUUID() : referenceId, callbackUrl);
    }
  }
}
