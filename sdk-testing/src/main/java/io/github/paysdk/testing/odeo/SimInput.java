package io.github.paysdk.testing.odeo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.github.paysdk.core.json.JsonMappers;
import java.io.IOException;

/** Reads request bodies and fields, failing with Odeo's validation error (10001) as Laravel words it. */
final class SimInput {
  private static final ObjectMapper MAPPER = JsonMappers.create();

  private SimInput() {}

  static JsonNode body(byte[] bytes) {
    if (bytes.length == 0) {
      return MissingNode.getInstance();
    }
    try {
      JsonNode node = MAPPER.readTree(bytes);
      if (node == null || !node.isObject()) {
        throw SimReply.fail(SimReply.INPUT_VALIDATION_ERROR, "The given data was invalid.");
      }
      return node;
    } catch (IOException e) {
      throw SimReply.fail(SimReply.INPUT_VALIDATION_ERROR, "The given data was invalid.");
    }
  }

  static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull() || value.asText().isBlank()) {
      throw SimReply.fail(SimReply.INPUT_VALIDATION_ERROR, "The " + label(field) + " field is required.");
    }
    return value.asText();
  }

  static String optionalText(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  static long integer(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw SimReply.fail(SimReply.INPUT_VALIDATION_ERROR, "The " + label(field) + " field is required.");
    }
    if (!value.isIntegralNumber()) {
      throw SimReply.fail(SimReply.INPUT_VALIDATION_ERROR, "The " + label(field) + " must be an integer.");
    }
    return value.asLong();
  }

  static Long optionalInteger(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : integer(node, field);
  }

  static Long queryLong(String value, String field) {
    if (value == null) {
      return null;
    }
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw SimReply.fail(SimReply.INPUT_VALIDATION_ERROR, "The " + label(field) + " must be an integer.");
    }
  }

  private static String label(String field) {
    return field.replace('_', ' ');
  }
}
