package io.github.paysdk.oy.accountinquiry;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.paysdk.oy.model.OyCodeTable;
import io.github.paysdk.oy.model.OyOutcome;
import io.github.paysdk.oy.model.OyStatus;
import io.github.paysdk.oy.internal.OyDates;
import java.time.Instant;

/**
 * The result of an account inquiry. Code 000 found the account; code 209 (bank account not found) is a
 * final result too, and is billed like a success.
 *
 * @param status OY's code and message
 * @param bankCode the bank code asked about
 * @param accountNumber the account number asked about
 * @param accountName the account holder's name (000 only)
 * @param id the inquiry id (000 and 209 only)
 * @param invoiceId the invoice this inquiry is billed on
 * @param timestamp when OY answered (UTC)
 */
public record AccountInquiry(
    OyStatus status,
    String bankCode,
    String accountNumber,
    String accountName,
    String id,
    String invoiceId,
    @JsonDeserialize(using = OyDates.Utc.class) Instant timestamp) {

  /** @return SUCCESS (000) or FAILED (209, account not found) */
  public OyOutcome outcome() {
    return OyCodeTable.ACCOUNT_INQUIRY.outcomeOf(status == null ? null : status.code());
  }

  /** @return whether the account exists (code 000) */
  public boolean accountFound() {
    return outcome() == OyOutcome.SUCCESS;
  }
}
