package io.github.paysdk.oy.disbursement;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.paysdk.oy.model.OyCodeTable;
import io.github.paysdk.oy.model.OyOutcome;
import io.github.paysdk.oy.model.OyStatus;
import io.github.paysdk.oy.internal.OyDates;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A disbursement as {@code /api/remit}, {@code /api/remit-status} and the disbursement callback return
 * it. Read {@link #outcome()}: {@code PENDING} (101, 102, 301) means wait for the callback or poll;
 * {@code SUCCESS} (000) and {@code FAILED} (206, 225, 300) are final. Fields a given call does not
 * return are null. All times are UTC.
 *
 * @param status OY's code and message
 * @param txStatusDescription extra detail on the status (e.g. "Force Credit"); status/callback only
 * @param amount the amount (OY sends an integer or a decimal such as {@code 10000.0000})
 * @param recipientName the account holder's name; status/callback only
 * @param recipientBank the bank code
 * @param recipientAccount the account number
 * @param trxId OY's id for the disbursement (use it for settlement)
 * @param partnerTrxId your id
 * @param timestamp when OY executed the call
 * @param createdDate when the disbursement was created; status/callback only
 * @param lastUpdatedDate the latest status change; status/callback only
 */
public record Disbursement(
    OyStatus status,
    String txStatusDescription,
    BigDecimal amount,
    String recipientName,
    String recipientBank,
    String recipientAccount,
    String trxId,
    String partnerTrxId,
    @JsonDeserialize(using = OyDates.Utc.class) Instant timestamp,
    @JsonDeserialize(using = OyDates.Utc.class) Instant createdDate,
    @JsonDeserialize(using = OyDates.Utc.class) Instant lastUpdatedDate) {

  /** @return the status code, e.g. {@code "101"} */
  public String code() {
    return status == null ? null : status.code();
  }

  /** @return SUCCESS, PENDING or FAILED as OY's tables classify the code */
  public OyOutcome outcome() {
    return OyCodeTable.DISBURSEMENT_STATUS.outcomeOf(code());
  }

  /** @return whether the status will not change any more */
  public boolean isFinal() {
    return outcome().isFinal();
  }
}
