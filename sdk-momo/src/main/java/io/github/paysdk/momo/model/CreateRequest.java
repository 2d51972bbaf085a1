package io.github.paysdk.momo.model;

import java.util.UUID;

/**
 * A request that creates a MoMo resource (transfer, request to pay, invoice ...) under its own
 * {@code X-Reference-Id}, with an optional callback URL.
 */
public interface CreateRequest {
  /** @return the reference id (UUID v4) the resource is created and looked up by */
  UUID referenceId();

  /** @return where MTN sends the callback, or null for the client's default */
  String callbackUrl();
}
