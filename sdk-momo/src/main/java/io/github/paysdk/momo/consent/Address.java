package io.github.paysdk.momo.consent;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * An account holder's address. MTN's specification says a string; the sandbox sends an object. Both are
 * read: a string becomes {@link #formatted()} with the other parts null.
 *
 * @param formatted the whole address, lines separated by {@code \n}
 * @param streetAddress street and number
 * @param postalCode postal code
 * @param locality city
 * @param region region
 * @param country country
 */
public record Address(
    String formatted,
    String streetAddress,
    String postalCode,
    String locality,
    String region,
    String country) {

  /**
   * @param node a JSON string or object
   * @return the address, or null for JSON null
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static Address fromJson(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (!node.isObject()) {
      return new Address(node.asText(), null, null, null, null, null);
    }
    return new Address(text(node, "formatted"), text(node, "street_address"),
        text(node, "postal_code"), text(node, "locality"), text(node, "region"),
        text(node, "country"));
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
