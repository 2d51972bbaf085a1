package io.github.paysdk.oy.virtualaccount;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.paysdk.oy.model.SettlementStatus;
import io.github.paysdk.oy.internal.OyDates;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One incoming payment to a VA. OY sends its times as {@code yyyy-MM-dd HH:mm:ss} without a zone; they
 * are read as WIB (OY documents settlement times in WIB).
 *
 * @param id the payment's id
 * @param created when it was received
 * @param name the VA's name
 * @param amount the amount paid
 * @param createBy who created the record
 * @param lastUpdateBy who last updated it
 * @param lastUpdated when it was last updated
 * @param adminFee OY's fee
 * @param vaNumber the VA number
 * @param vaHistoryId the history entry id
 * @param settlementTime when it is (or was) settled to your balance
 * @param settlementStatus WAITING or SUCCESS
 */
public record VaTransaction(
    String id,
    @JsonDeserialize(using = OyDates.Wib.class) Instant created,
    String name,
    BigDecimal amount,
    String createBy,
    String lastUpdateBy,
    @JsonDeserialize(using = OyDates.Wib.class) Instant lastUpdated,
    BigDecimal adminFee,
    String vaNumber,
    String vaHistoryId,
    @JsonDeserialize(using = OyDates.Wib.class) Instant settlementTime,
    SettlementStatus settlementStatus) {}
