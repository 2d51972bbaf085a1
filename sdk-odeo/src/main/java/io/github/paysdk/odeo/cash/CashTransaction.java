package io.github.paysdk.odeo.cash;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.paysdk.odeo.internal.EpochSecondsDeserializer;
import java.time.Instant;

/**
 * One entry of a cash transaction history.
 *
 * @param cashTransactionId Odeo's id
 * @param userId the user whose balance changed (Odeo sends it as a string)
 * @param amount the change in IDR
 * @param balanceBefore the balance before, in IDR
 * @param balanceAfter the balance after, in IDR
 * @param transactionType what caused it, e.g. {@code api_disbursement} (kept as text; Odeo does not list
 *     the values)
 * @param createdAt when it happened
 */
public record CashTransaction(
    @JsonProperty("cash_transaction_id") String cashTransactionId,
    @JsonProperty("user_id") String userId,
    @JsonProperty("amount") long amount,
    @JsonProperty("balance_before") long balanceBefore,
    @JsonProperty("balance_after") long balanceAfter,
    @JsonProperty("transaction_type") String transactionType,
    @JsonProperty("created_at") @JsonDeserialize(using = EpochSecondsDeserializer.class)
        Instant createdAt) {}
