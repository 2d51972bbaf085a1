package io.github.paysdk.odeo.disbursement;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.paysdk.odeo.internal.EpochSecondsDeserializer;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The result of a bank account inquiry.
 *
 * @param bankId the bank id
 * @param accountNumber the account number
 * @param accountName the account holder's name as the bank reports it
 * @param customerName the name you sent
 * @param fee the inquiry fee charged, in IDR
 * @param statusCode the raw {@code status} code; see {@link #status()}
 * @param createdAt when the inquiry was made
 * @param bankAccountInquiryId Odeo's id of this inquiry
 * @param validity how well {@code customerName} matches {@code accountName}, in percent; meaningful only
 *     for inquiries made with validation
 */
public record BankAccount(
    @JsonProperty("bank_id") int bankId,
    @JsonProperty("account_number") String accountNumber,
    @JsonProperty("account_name") String accountName,
    @JsonProperty("customer_name") String customerName,
    @JsonProperty("fee") long fee,
    @JsonProperty("status") Integer statusCode,
    @JsonProperty("created_at") @JsonDeserialize(using = EpochSecondsDeserializer.class)
        Instant createdAt,
    @JsonProperty("bank_account_inquiry_id") String bankAccountInquiryId,
    @JsonProperty("validity") BigDecimal validity) {

  /** @return the inquiry status; {@link BankAccountStatus#UNKNOWN} for a code this SDK does not know */
  public BankAccountStatus status() {
    return BankAccountStatus.fromCode(statusCode);
  }
}
