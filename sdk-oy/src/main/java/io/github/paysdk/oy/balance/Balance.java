package io.github.paysdk.oy.balance;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.paysdk.oy.model.OyStatus;
import io.github.paysdk.oy.internal.OyDates;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The partner balance. OY sends these fields in camelCase with four decimals ({@code 100000000.0000}).
 *
 * @param status OY's code and message
 * @param balance the remaining balance
 * @param overdraftBalance the overdraft available
 * @param overbookingBalance the overbooking balance (not part of {@code availableBalance})
 * @param pendingBalance the sum of pending transactions
 * @param availableBalance what can be disbursed: balance + overdraft - pending
 * @param timestamp when OY answered (UTC)
 */
public record Balance(
    OyStatus status,
    BigDecimal balance,
    @JsonProperty("overdraftBalance") @JsonAlias("overdraft_balance") BigDecimal overdraftBalance,
    @JsonProperty("overbookingBalance") @JsonAlias("overbooking_balance")
        BigDecimal overbookingBalance,
    @JsonProperty("pendingBalance") @JsonAlias("pending_balance") BigDecimal pendingBalance,
    @JsonProperty("availableBalance") @JsonAlias("available_balance") BigDecimal availableBalance,
    @JsonDeserialize(using = OyDates.Utc.class) Instant timestamp) {}
