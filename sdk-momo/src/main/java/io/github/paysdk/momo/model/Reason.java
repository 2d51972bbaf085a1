package io.github.paysdk.momo.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Why a transaction FAILED. MTN sends {@code reason} as a bare string ({@code "NOT_ENOUGH_FUNDS"}) on the
 * wire, while its specification says {@code {"code":..,"message":..}}; both shapes are read into this.
 *
 * @param code the reason code as sent (e.g. {@code APPROVAL_REJECTED}), or null
 * @param message the prose message, or null (always null for the string shape)
 */
public record Reason(String code, String message) {

  /**
   * Reads either shape.
   *
   * @param node a JSON string or object
   * @return the reason, or null for JSON null
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static Reason fromJson(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (node.isObject()) {
      return new Reason(text(node.get("code")), text(node.get("message")));
    }
    return new Reason(node.asText(), null);
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }

  /** @return the code as a known constant, or {@link ReasonCode#UNKNOWN} */
  public ReasonCode reasonCode() {
    return ReasonCode.of(code);
  }
}
