package io.github.paysdk.momo.model;

import java.util.UUID;

/**
 * MTN accepted a create call (HTTP 202): the transaction now exists under {@link #referenceId()} and
 * will become SUCCESSFUL or FAILED. Accepted is not success: query the status, wait with the
 * {@link StatusPoller}, or take a callback.
 *
 * @param referenceId the {@code X-Reference-Id} sent; look the transaction up by it
 * @param alreadyAccepted true when MTN answered 409 {@code RESOURCE_ALREADY_EXIST} to a resend of this
 *     same request (same reference id, same body) after an earlier attempt's answer was lost: the first
 *     attempt got through and this one was deduplicated
 */
public record Accepted(UUID referenceId, boolean alreadyAccepted) {}
