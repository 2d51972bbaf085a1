package io.github.paysdk.momo.consent;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The answer of {@code bc-authorize}: the consent request to exchange for a token once the account
 * holder approves.
 *
 * @param authReqId the consent request id
 * @param interval seconds to wait between token polls
 * @param expiresIn seconds until the consent request expires
 */
public record AuthRequest(
    @JsonProperty("auth_req_id") String authReqId,
    @JsonProperty("interval") Long interval,
    @JsonProperty("expires_in") Long expiresIn) {}
