package io.github.paysdk.oy.virtualaccount;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.paysdk.oy.model.OyStatus;
import io.github.paysdk.oy.internal.OyDates;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A static or customized virtual account. A customized VA has no {@code isSingleUse},
 * {@code expirationTime}, {@code trxCounter} or {@code counterIncomingPayment}; absent fields are null.
 *
 * @param status OY's code and message (null for list items)
 * @param id OY's VA id, used by get, update and history
 * @param amount the amount to pay (0 for an open VA)
 * @param vaNumber the number the payer transfers to
 * @param bankCode the VA bank
 * @param bankName the bank's name (get and list only)
 * @param isOpen whether any amount is accepted
 * @param isSingleUse whether the VA closes after one payment
 * @param expirationTime when the VA expires; null for never (OY's -1)
 * @param vaStatus the VA's state
 * @param usernameDisplay the name the payer sees
 * @param amountDetected the amount received so far (get and list only; undocumented)
 * @param partnerUserId your id for the user
 * @param created when the VA was created (get and list only)
 * @param counterIncomingPayment how many payments came in
 * @param trxExpirationTime when the current transaction expires; null for never
 * @param partnerTrxId your transaction id
 * @param trxCounter how many more payments are accepted (-1 = unlimited)
 * @param email the user's email, if OY returns it
 */
public record VirtualAccount(
    OyStatus status,
    String id,
    BigDecimal amount,
    String vaNumber,
    String bankCode,
    String bankName,
    Boolean isOpen,
    Boolean isSingleUse,
    @JsonDeserialize(using = OyDates.Utc.class) Instant expirationTime,
    VaStatus vaStatus,
    String usernameDisplay,
    BigDecimal amountDetected,
    String partnerUserId,
    @JsonDeserialize(using = OyDates.Utc.class) Instant created,
    Integer counterIncomingPayment,
    @JsonDeserialize(using = OyDates.Utc.class) Instant trxExpirationTime,
    String partnerTrxId,
    Integer trxCounter,
    String email) {}
