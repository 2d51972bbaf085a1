package io.github.paysdk.core.logging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes what must never be logged from headers and bodies: credentials, tokens, signatures, card
 * numbers (shown as first six and last four at most) and CVVs. Used by the transport before anything is
 * written at TRACE level.
 */
public final class Redactor {
  /** What replaces a redacted value. */
  public static final String MASK = "[REDACTED]";

  private static final Set<String> SAFE_HEADERS = Set.of(
      "content-type", "content-length", "accept", "user-agent", "date", "retry-after", "x-request-id",
      "x-reference-id", "x-target-environment", "x-callback-url", "location", "connection",
      "x-odeo-timestamp", "x-auth-version");
  private static final String[] SENSITIVE_KEY_PARTS = {
    "secret", "password", "passphrase", "token", "signature", "authorization", "apikey", "api_key",
    "cvv", "cvc", "cvn", "securitycode", "security_code", "pin", "pan", "cardnumber", "card_number",
    "credential", "private", "signingkey", "signing_key", "rnd", "parequest", "pareq", "cres",
    "hmac", "otp"
  };
  /** 13 to 19 digits, optionally grouped by single spaces or dashes: anything that may be a card number. */
  private static final Pattern CARD_LIKE = Pattern.compile("(?<![0-9])[0-9](?:[ -]?[0-9]){12,18}(?![0-9])");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Redactor() {}

  /**
   * @param name a header name
   * @param value its value
   * @return the value if the header is known to be harmless, else {@link #MASK}
   */
  public static String header(String name, String value) {
    return SAFE_HEADERS.contains(name.toLowerCase(Locale.ROOT)) ? value : MASK;
  }

  /**
   * @param key a JSON or form field name
   * @return whether its value must be hidden
   */
  public static boolean isSensitiveKey(String key) {
    String k = key.toLowerCase(Locale.ROOT).replace("-", "").replace(".", "");
    for (String part : SENSITIVE_KEY_PARTS) {
      if (k.contains(part.replace("_", "")) || k.contains(part)) {
        return true;
      }
    }
    return k.equals("key") || k.endsWith("key") && !k.endsWith("idempotencykey");
  }

  /**
   * Redacts a body for a log line: JSON with sensitive fields masked and card-like numbers truncated; a
   * form body with sensitive values masked; anything else only as its size.
   *
   * @param body the bytes
   * @param contentType the content type, or null
   * @return a loggable text
   */
  public static String body(byte[] body, String contentType) {
    if (body == null || body.length == 0) {
      return "(no body)";
    }
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    if (type.contains("x-www-form-urlencoded")) {
      return form(new String(body, java.nio.charset.StandardCharsets.UTF_8));
    }
    try {
      JsonNode tree = MAPPER.readTree(body);
      if (tree == null || tree.isMissingNode()) {
        return "(no body)";
      }
      return redact(tree).toString();
    } catch (IOException notJson) {
      return "(" + body.length + " bytes, not JSON, not logged)";
    }
  }

  /**
   * @param text any text
   * @return the text with every card-like digit run reduced to first six and last four
   */
  public static String cardNumbers(String text) {
    Matcher m = CARD_LIKE.matcher(text);
    return m.replaceAll(match -> Matcher.quoteReplacement(maskCardNumber(match.group())));
  }

  /**
   * @param cardNumber a card number (PAN), may be null
   * @return first six and last four digits with the middle masked, or {@code "****"} if too short
   */
  public static String maskCardNumber(String cardNumber) {
    if (cardNumber == null) {
      return null;
    }
    String digits = cardNumber.replaceAll("[^0-9]", "");
    if (digits.length() < 13) {
      return "****";
    }
    return digits.substring(0, 6) + "******" + digits.substring(digits.length() - 4);
  }

  private static String form(String body) {
    StringBuilder out = new StringBuilder();
    for (String pair : body.split("&")) {
      if (out.length() > 0) {
        out.append('&');
      }
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      out.append(key);
      if (eq >= 0) {
        out.append('=').append(isSensitiveKey(key) ? MASK : cardNumbers(pair.substring(eq + 1)));
      }
    }
    return out.toString();
  }

  private static JsonNode redact(JsonNode node) {
    if (node instanceof ObjectNode object) {
      for (Map.Entry<String, JsonNode> field : object.properties()) {
        if (isSensitiveKey(field.getKey()) && !field.getValue().isContainerNode()) {
          field.setValue(TextNode.valueOf(MASK));
        } else {
          field.setValue(redact(field.getValue()));
        }
      }
      return object;
    }
    if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        array.set(i, redact(array.get(i)));
      }
      return array;
    }
    if (node.isTextual()) {
      return TextNode.valueOf(cardNumbers(node.asText()));
    }
    if (node.isIntegralNumber() && node.asText().length() >= 13) {
      return TextNode.valueOf(cardNumbers(node.asText()));
    }
    return node;
  }
}
