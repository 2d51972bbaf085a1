package io.github.paysdk.odeo.cash;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One virtual-account channel a top-up can be paid through.
 *
 * @param fee the channel fee in IDR (sent as a string)
 * @param channelId Odeo's channel id
 * @param payCode the code (virtual account number) to pay to
 * @param amount the top-up amount in IDR
 * @param total amount plus fee, in IDR: what the payer pays
 */
public record Channel(
    @JsonProperty("fee") long fee,
    @JsonProperty("channel_id") int channelId,
    @JsonProperty("pay_code") String payCode,
    @JsonProperty("amount") long amount,
    @JsonProperty("total") long total) {}
