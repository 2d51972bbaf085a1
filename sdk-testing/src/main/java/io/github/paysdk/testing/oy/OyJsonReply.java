package io.github.paysdk.testing.oy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** OY's three reply envelopes and time formats, built as OY documents them. */
final class OyJsonReply {
  static final ObjectMapper MAPPER = new ObjectMapper();
  static final ZoneOffset WIB = ZoneOffset.ofHours(7);
  private static final DateTimeFormatter DAY_FIRST =
      DateTimeFormatter.ofPattern("dd-MM-uuuu HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter ISO_UTC =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter ISO_WIB =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss", Locale.ROOT).withZone(WIB);
  private static final DateTimeFormatter SPACE_WIB =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT).withZone(WIB);
  private static final DateTimeFormatter VA_CALLBACK =
      DateTimeFormatter.ofPattern("dd/MM/uuuu'T'HH:mm:ss.SSSZ", Locale.ROOT).withZone(WIB);

  private OyJsonReply() {}

  /** Family A: {@code {"status":{"code","message"}}}. */
  static ObjectNode status(String code, String message) {
    ObjectNode root = MAPPER.createObjectNode();
    ObjectNode status = root.putObject("status");
    status.put("code", code);
    status.put("message", message);
    return root;
  }

  /** Family B failure: {@code {"status":false,"message"}}. */
  static ObjectNode checkoutFailure(String message) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("status", false);
    root.put("message", message);
    return root;
  }

  /** Family C: {@code {data, error, success|status, reason, status_code}}. */
  static ObjectNode receivable(JsonNode data, boolean useStatusFlag) {
    ObjectNode root = MAPPER.createObjectNode();
    root.set("data", data);
    root.putNull("error");
    root.put(useStatusFlag ? "status" : "success", true);
    root.putNull("reason");
    root.put("status_code", 200);
    return root;
  }

  static ObjectNode receivableFailure(String code, String message) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("success", false);
    ObjectNode error = root.putObject("error");
    error.put("code", code);
    error.put("message", message);
    root.putNull("data");
    root.put("reason", message);
    root.put("status_code", Integer.parseInt(code));
    return root;
  }

  static String dayFirstUtc(Instant instant) {
    return DAY_FIRST.format(instant);
  }

  static String isoUtc(Instant instant) {
    return ISO_UTC.format(instant);
  }

  static String isoWib(Instant instant) {
    return ISO_WIB.format(instant);
  }

  static String spaceWib(Instant instant) {
    return SPACE_WIB.format(instant);
  }

  static String vaCallbackTime(Instant instant) {
    return VA_CALLBACK.format(instant);
  }

  static byte[] bytes(JsonNode node) {
    try {
      return MAPPER.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String text(JsonNode node) {
    return new String(bytes(node), java.nio.charset.StandardCharsets.UTF_8);
  }
}
