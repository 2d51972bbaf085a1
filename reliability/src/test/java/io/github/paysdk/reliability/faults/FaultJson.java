package io.github.paysdk.reliability.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/** Reads one field of a recorded JSON request body. */
final class FaultJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private FaultJson() {}

  /**
   * @param body a JSON body
   * @param path field names from the root, e.g. {@code "payment", "conversationId"}
   * @return the field as text, or null if absent or the body is not JSON
   */
  static String field(byte[] body, String... path) {
    try {
      JsonNode node = JSON.readTree(body);
      for (String name : path) {
        node = node == null ? null : node.get(name);
      }
      return node == null || node.isNull() ? null : node.asText();
    } catch (IOException e) {
      return null;
    }
  }
}
