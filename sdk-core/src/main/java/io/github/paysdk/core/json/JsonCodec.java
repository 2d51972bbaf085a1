package io.github.paysdk.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.github.paysdk.core.error.MalformedPayloadException;
import io.github.paysdk.core.error.MalformedResponseException;
import io.github.paysdk.core.http.ApiResponse;
import io.github.paysdk.core.http.ErrorContexts;
import io.github.paysdk.core.text.Ascii;
import java.io.IOException;
import java.util.Objects;

/**
 * Serializes requests and parses responses with one configured mapper. Every parse failure becomes a
 * typed exception ({@link MalformedResponseException} for API responses, {@link MalformedPayloadException}
 * for callbacks), never a raw Jackson exception; the cause is a {@link JsonFailure}, which never quotes the
 * content (it may hold tokens or card numbers).
 */
public final class JsonCodec {
  private final ObjectMapper mapper;

  /** @param mapper a mapper, normally from {@link JsonMappers} */
  public JsonCodec(ObjectMapper mapper) {
    this.mapper = Objects.requireNonNull(mapper, "mapper");
  }

  /** @return a codec over {@link JsonMappers#create()} */
  public static JsonCodec standard() {
    return new JsonCodec(JsonMappers.create());
  }

  /** @return the mapper */
  public ObjectMapper mapper() {
    return mapper;
  }

  /**
   * @param value a request model or tree
   * @return its compact JSON bytes (UTF-8)
   */
  public byte[] toBytes(Object value) {
    try {
      return mapper.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot serialize " + value.getClass().getName(), e);
    }
  }

  /**
   * @param response a response
   * @param type the model type
   * @param <T> the model type
   * @return the body parsed as {@code type}
   * @throws MalformedResponseException if the body is empty or not that shape
   */
  public <T> T read(ApiResponse response, Class<T> type) {
    return read(response, mapper.constructType(type));
  }

  /**
   * @param response a response
   * @param type the model type
   * @param <T> the model type
   * @return the body parsed as {@code type}
   * @throws MalformedResponseException if the body is empty or not that shape
   */
  public <T> T read(ApiResponse response, TypeReference<T> type) {
    return read(response, mapper.constructType(type));
  }

  /**
   * @param response a response
   * @param type the model type
   * @param <T> the model type
   * @return the body parsed as {@code type}
   * @throws MalformedResponseException if the body is empty or not that shape
   */
  public <T> T read(ApiResponse response, JavaType type) {
    requireBody(response);
    try {
      T value = mapper.readValue(response.body(), type);
      if (value == null) {
        throw malformed(response, "Response body is JSON null", null);
      }
      return value;
    } catch (IOException | IllegalArgumentException e) {
      throw malformed(response, "Response body is not a valid " + type.getRawClass().getSimpleName(),
          JsonFailure.of(e));
    }
  }

  /**
   * Like {@link #read(ApiResponse, JavaType)}, telling {@code listener} about every top-level value in the
   * same pass (see {@link TopLevelValueWatcher}): one parse both builds the model and lets the caller check
   * something else about the answer.
   *
   * @param response a response
   * @param type the model type
   * @param listener told about each top-level value while the body is parsed
   * @param <T> the model type
   * @return the body parsed as {@code type}
   * @throws MalformedResponseException if the body is empty or not that shape
   */
  public <T> T read(ApiResponse response, JavaType type, TopLevelValueWatcher.Listener listener) {
    requireBody(response);
    try (JsonParser parser =
        new TopLevelValueWatcher(mapper.createParser(response.body()), listener)) {
      T value = mapper.readValue(parser, type);
      if (value == null) {
        throw malformed(response, "Response body is JSON null", null);
      }
      return value;
    } catch (IOException | IllegalArgumentException e) {
      throw malformed(response, "Response body is not a valid " + type.getRawClass().getSimpleName(),
          JsonFailure.of(e));
    }
  }

  /**
   * Parses the body into {@code type} and, in the same pass, checks that the named top-level fields are
   * present and not null: one parse instead of a parse and a scan.
   *
   * @param response a response
   * @param type the model type
   * @param required top-level fields that must be present and not null
   * @param <T> the model type
   * @return the body parsed as {@code type}
   * @throws MalformedResponseException if the body is empty or not that shape ("not a valid ..."), or
   *     lacks a required field ("has no ...", checked after the shape)
   */
  public <T> T read(ApiResponse response, Class<T> type, String... required) {
    if (required.length == 0) {
      return read(response, type);
    }
    TopLevelFieldWatcher fields = new TopLevelFieldWatcher(required);
    T value = read(response, mapper.constructType(type), fields);
    String missing = fields.firstMissing();
    if (missing != null) {
      throw malformed(response, "Response has no " + missing, null);
    }
    return value;
  }

  /**
   * @param response a response
   * @return the body as a JSON tree ({@link MissingNode} never: an empty body throws)
   * @throws MalformedResponseException if the body is empty or not JSON
   */
  public JsonNode readTree(ApiResponse response) {
    requireBody(response);
    try {
      JsonNode node = mapper.readTree(response.body());
      if (node == null || node.isMissingNode()) {
        throw malformed(response, "Response body is empty", null);
      }
      return node;
    } catch (IOException | IllegalArgumentException e) {
      throw malformed(response, "Response body is not valid JSON", JsonFailure.of(e));
    }
  }

  /**
   * Converts part of an already-parsed response.
   *
   * @param response the response the node came from, for the error context
   * @param node the node
   * @param type the model type
   * @param <T> the model type
   * @return the node as {@code type}
   * @throws MalformedResponseException if the node is missing, null or not that shape
   */
  public <T> T convert(ApiResponse response, JsonNode node, JavaType type) {
    if (node == null || node.isMissingNode() || node.isNull()) {
      throw malformed(response, "Response has no " + type.getRawClass().getSimpleName(), null);
    }
    try {
      return mapper.readerFor(type).readValue(node);
    } catch (IOException | IllegalArgumentException e) {
      throw malformed(response, "Response is not a valid " + type.getRawClass().getSimpleName(),
          JsonFailure.of(e));
    }
  }

  /**
   * @param response the response the node came from, for the error context
   * @param node the node
   * @param type the model type
   * @param <T> the model type
   * @return the node as {@code type}
   */
  public <T> T convert(ApiResponse response, JsonNode node, Class<T> type) {
    return convert(response, node, mapper.constructType(type));
  }

  /**
   * Parses an incoming webhook or callback body.
   *
   * @param body the raw body bytes
   * @param type the event type
   * @param <T> the event type
   * @return the parsed event
   * @throws MalformedPayloadException if the body is empty or not that shape
   */
  public <T> T readPayload(byte[] body, Class<T> type) {
    if (body == null || body.length == 0) {
      throw new MalformedPayloadException("Payload is empty", null);
    }
    try {
      T value = mapper.readValue(body, type);
      if (value == null) {
        throw new MalformedPayloadException("Payload is JSON null", null);
      }
      return value;
    } catch (IOException | IllegalArgumentException e) {
      throw new MalformedPayloadException(
          "Payload is not a valid " + type.getSimpleName(), JsonFailure.of(e));
    }
  }

  /**
   * @param body the raw body bytes of an incoming webhook or callback
   * @return the body as a JSON tree
   * @throws MalformedPayloadException if the body is empty or not JSON
   */
  public JsonNode readPayloadTree(byte[] body) {
    return readPayload(body, JsonNode.class);
  }

  /**
   * Looks for a field at the top level of a JSON object without building a tree: the parser steps over
   * every other value. Cheap enough to run on every response.
   *
   * @param json the body bytes
   * @param name the field name
   * @return true if {@code json} is an object whose field {@code name} is present and not null; false
   *     for anything else, including invalid JSON
   */
  public boolean hasField(byte[] json, String name) {
    if (json != null && cannotContain(json, name)) {
      return false; // the name's bytes are nowhere in the body: no parser needed
    }
    return firstMissingField(json, name) == null;
  }

  /**
   * True only if {@code json} certainly has no field {@code name}: the name is ASCII, the body has no
   * backslash (so no name in it is written with escapes) and the name's bytes occur nowhere in it.
   */
  private static boolean cannotContain(byte[] json, String name) {
    int n = name.length();
    if (n == 0 || !Ascii.isAscii(name)) {
      return false;
    }
    // One pass: any backslash, or the name's bytes anywhere, and the field may be there.
    byte first = (byte) name.charAt(0);
    int last = json.length - n;
    for (int i = 0; i < json.length; i++) {
      byte b = json[i];
      if (b == '\\') {
        return false;
      }
      if (b == first && i <= last && startsWith(json, i, name)) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWith(byte[] json, int offset, String name) {
    for (int j = 1; j < name.length(); j++) {
      if (json[offset + j] != (byte) name.charAt(j)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Checks several top-level fields in one pass, without building a tree.
   *
   * @param json the body bytes
   * @param names the field names that must be present and not null
   * @return the first of {@code names} that is missing or null (all of them for anything but a JSON
   *     object, including invalid JSON), or null if every one is there
   */
  public String firstMissingField(byte[] json, String... names) {
    if (names.length == 0) {
      return null;
    }
    if (json == null || json.length == 0) {
      return names[0];
    }
    boolean[] found = new boolean[names.length];
    try (JsonParser parser = mapper.getFactory().createParser(json)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return names[0];
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        if (value != JsonToken.VALUE_NULL) {
          for (int i = 0; i < names.length; i++) {
            found[i] |= names[i].equals(field);
          }
        }
        parser.skipChildren();
      }
    } catch (IOException e) {
      return names[0];
    }
    for (int i = 0; i < names.length; i++) {
      if (!found[i]) {
        return names[i];
      }
    }
    return null;
  }

  private static void requireBody(ApiResponse response) {
    if (response.body().length == 0) {
      throw malformed(response, "Response body is empty", null);
    }
  }

  private static MalformedResponseException malformed(
      ApiResponse response, String message, Throwable cause) {
    return new MalformedResponseException(
        message + " (HTTP " + response.status() + ")", ErrorContexts.unreadable(response), cause);
  }
}
