package io.github.paysdk.testing.odero;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import okhttp3.HttpUrl;

/** Reads request fields the way the simulator needs them, failing with the platform's error envelope. */
final class SimInput {
  private SimInput() {}

  static long lastSegmentId(String path) {
    try {
      return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
    } catch (NumberFormatException e) {
      throw SimFailure.invalid("id must be a number");
    }
  }

  static String text(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  /** @param field the name to report, e.g. {@code card.cvc}; its last part is read from {@code node} */
  static String requireText(JsonNode node, String field) {
    String value = text(node, field.substring(field.lastIndexOf('.') + 1));
    if (value == null || value.isBlank()) {
      throw SimFailure.invalid(field + " is required");
    }
    return value;
  }

  static long requireLong(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.canConvertToLong()) {
      throw SimFailure.invalid(field + " is required");
    }
    return value.asLong();
  }

  static BigDecimal positive(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isNumber() || value.decimalValue().signum() <= 0) {
      throw SimFailure.invalid(field + " must be greater than 0");
    }
    return value.decimalValue();
  }

  static int intParam(HttpUrl url, String name, int fallback) {
    String value = url.queryParameter(name);
    try {
      return value == null ? fallback : Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw SimFailure.invalid(name + " must be a number");
    }
  }
}
