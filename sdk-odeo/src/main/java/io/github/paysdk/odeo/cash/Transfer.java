package io.github.paysdk.odeo.cash;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.paysdk.odeo.internal.EpochSecondsDeserializer;
import java.time.Instant;

/**
 * A cash transfer between users.
 *
 * @param transferId Odeo's id
 * @param senderUserId the sender's user id (sent as a string), or null if absent
 * @param receiverUserId the receiver's user id (sent as a string)
 * @param amount the amount in IDR
 * @param referenceId your reference id
 * @param note the note, or null
 * @param createdAt when the transfer was made
 */
public record Transfer(
    @JsonProperty("transfer_id") String transferId,
    @JsonProperty("sender_user_id") Long senderUserId,
    @JsonProperty("receiver_user_id") Long receiverUserId,
    @JsonProperty("amount") long amount,
    @JsonProperty("reference_id") String referenceId,
    @JsonProperty("note") String note,
    @JsonProperty("created_at") @JsonDeserialize(using = EpochSecondsDeserializer.class)
        Instant createdAt) {}
