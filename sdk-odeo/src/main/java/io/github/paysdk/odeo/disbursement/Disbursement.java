package io.github.paysdk.odeo.disbursement;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.paysdk.odeo.internal.EpochSecondsDeserializer;
import java.time.Instant;

/**
 * A disbursement order: money sent from your Odeo balance to a bank account.
 *
 * @param disbursementId Odeo's id, e.g. {@code "123"}
 * @param bankId the destination bank id
 * @param bankCode the destination bank code, e.g. {@code "014"}
 * @param accountNumber the destination account number
 * @param customerName the receiver's name
 * @param amount the amount disbursed, in IDR
 * @param fee the fee charged, in IDR
 * @param description your description, or null
 * @param referenceId your reference id
 * @param statusCode the raw {@code status} code; see {@link #status()}
 * @param createdAt when the order was created
 */
public record Disbursement(
    @JsonProperty("disbursement_id") String disbursementId,
    @JsonProperty("bank_id") int bankId,
    @JsonProperty("bank_code") String bankCode,
    @JsonProperty("account_number") String accountNumber,
    @JsonProperty("customer_name") String customerName,
    @JsonProperty("amount") long amount,
    @JsonProperty("fee") long fee,
    @JsonProperty("description") String description,
    @JsonProperty("reference_id") String referenceId,
    @JsonProperty("status") Integer statusCode,
    @JsonProperty("created_at") @JsonDeserialize(using = EpochSecondsDeserializer.class)
        Instant createdAt) {

  /** @return the status; {@link DisbursementStatus#UNKNOWN} for a code this SDK does not know */
  public DisbursementStatus status() {
    return DisbursementStatus.fromCode(statusCode);
  }
}
