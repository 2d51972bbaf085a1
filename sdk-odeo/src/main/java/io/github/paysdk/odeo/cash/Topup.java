package io.github.paysdk.odeo.cash;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.paysdk.odeo.internal.EpochSecondsDeserializer;
import java.time.Instant;
import java.util.List;

/**
 * A virtual-account top-up order.
 *
 * @param channels the channels it can be paid through (empty if none were sent)
 * @param topupId Odeo's id
 * @param expiresAt when the order expires
 */
public record Topup(
    @JsonProperty("channels") List<Channel> channels,
    @JsonProperty("topup_id") String topupId,
    @JsonProperty("expires_at") @JsonDeserialize(using = EpochSecondsDeserializer.class)
        Instant expiresAt) {

  /** Replaces a missing channel list with an empty one. */
  public Topup {
    channels = channels == null ? List.of() : List.copyOf(channels);
  }
}
