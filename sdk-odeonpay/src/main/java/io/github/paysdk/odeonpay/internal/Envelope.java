package io.github.paysdk.odeonpay.internal;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every OdeonPay response: {@code success}, {@code message} and one payload key. Keys are matched
 * case-insensitively. {@code success} is false for declines and for 3-D Secure, so callers look at the
 * payload first.
 *
 * @param success the success flag, or null if absent
 * @param message the human-readable message, or null
 * @param model a transaction model
 * @param transactions a transaction array (status by invoice, list)
 * @param link a link object
 * @param balances a balance array
 * @param threeDsRedirectModel the Redirect 3-D Secure model
 * @param threeDsModel the Advanced 3-D Secure model
 */
public record Envelope(
    Boolean success,
    String message,
    JsonNode model,
    JsonNode transactions,
    JsonNode link,
    JsonNode balances,
    JsonNode threeDsRedirectModel,
    JsonNode threeDsModel) {

  /**
   * @param node a payload node, may be null
   * @return whether it is present and not JSON null
   */
  public static boolean present(JsonNode node) {
    return node != null && !node.isNull() && !node.isMissingNode();
  }

  /** @return whether any payload key is present */
  public boolean hasPayload() {
    return present(model) || present(transactions) || present(link) || present(balances)
        || present(threeDsRedirectModel) || present(threeDsModel);
  }
}
