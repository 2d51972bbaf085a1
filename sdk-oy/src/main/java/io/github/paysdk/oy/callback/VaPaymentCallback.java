package io.github.paysdk.oy.callback;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.paysdk.oy.model.SettlementStatus;
import io.github.paysdk.oy.internal.OyDates;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The VA Aggregator callback, sent once per successful payment (twice with non-real-time settlement:
 * WAITING, then SUCCESS). It carries no VA id: correlate by {@code vaNumber} and {@code partnerUserId}.
 * Times are {@code dd/MM/yyyy'T'HH:mm:ss.SSSZ} with their own offset.
 *
 * @param vaNumber the VA that was paid
 * @param amount the amount paid
 * @param partnerUserId your id for the user
 * @param success always true (OY sends callbacks only for successful payments)
 * @param txDate when the payment came in
 * @param usernameDisplay the VA's display name
 * @param trxExpirationDate when the transaction expires; null for a lifetime VA
 * @param partnerTrxId your transaction id, empty if you set none
 * @param trxId OY's unique id of this payment (the idempotency key)
 * @param settlementTime when the money is (or was) settled to your balance
 * @param settlementStatus WAITING or SUCCESS
 * @param fullName the payer's full name, if OY sends it
 */
public record VaPaymentCallback(
    String vaNumber,
    BigDecimal amount,
    String partnerUserId,
    Boolean success,
    @JsonDeserialize(using = OyDates.Utc.class) Instant txDate,
    String usernameDisplay,
    @JsonDeserialize(using = OyDates.Utc.class) Instant trxExpirationDate,
    String partnerTrxId,
    String trxId,
    @JsonDeserialize(using = OyDates.Wib.class) Instant settlementTime,
    SettlementStatus settlementStatus,
    String fullName) {

  /** @return a key to deduplicate deliveries: the payment id and its settlement status */
  public String idempotencyKey() {
    return trxId + ":" + settlementStatus;
  }
}
