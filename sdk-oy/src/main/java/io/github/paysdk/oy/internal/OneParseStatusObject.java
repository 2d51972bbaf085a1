package io.github.paysdk.oy.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.paysdk.oy.model.OyCodeTable;
import io.github.paysdk.oy.model.OyStatus;
import java.io.IOException;
import java.util.function.Function;

/**
 * Reads an envelope A answer whose model carries OY's {@code status} object in one parse: the body is
 * parsed straight into the model, and the model's own status decides whether it is a result.
 *
 * <p>Only the plain, unambiguous answer is taken this way: a body without backslashes in which
 * {@code "status"} occurs once, whose status object holds nothing but string or null members with at
 * most one {@code code} and one {@code message}, and whose code is a result in the endpoint's table.
 * For such a body the status the model holds is exactly the one the separate status pass would read.
 * Anything else (an error code, a missing or oddly shaped status, a body the model cannot hold) yields
 * null, and the caller reads the answer the two-pass way, which decides every exception and message.
 */
final class OneParseStatusObject {
  private static final byte[] STATUS_KEY = {'"', 's', 't', 'a', 't', 'u', 's', '"'};
  private final ObjectMapper mapper;

  /** @param base the OY mapper; its copy here reads {@link OyStatus} only in the plain shape */
  OneParseStatusObject(ObjectMapper base) {
    this.mapper = base.copy()
        .registerModule(new SimpleModule("oy-plain-status")
            .addDeserializer(OyStatus.class, new PlainStatusDeserializer()));
  }

  /**
   * @param body the answer's bytes
   * @param type the model
   * @param statusOf the model's top-level {@code status}
   * @param table the endpoint's code table
   * @param <T> the model
   * @return the model if the answer is plain and its code is a result; null to take the two-pass way
   */
  <T> T resultOrNull(
      byte[] body, JavaType type, Function<? super T, OyStatus> statusOf, OyCodeTable table) {
    if (!hasOneStatusKeyAndNoEscapes(body)) {
      return null;
    }
    T model;
    try {
      model = mapper.readValue(body, type);
    } catch (IOException | RuntimeException notPlain) {
      return null; // the two-pass read reports it exactly as before
    }
    if (model == null) {
      return null;
    }
    OyStatus status = statusOf.apply(model);
    if (status == null || status.code() == null || !table.outcomeOf(status.code()).isResult()) {
      return null;
    }
    return model;
  }

  /**
   * Without a backslash no key is written with escapes and no string value holds a quote, so each
   * occurrence of the bytes {@code "status"} is that string token: once means no duplicate status key.
   */
  static boolean hasOneStatusKeyAndNoEscapes(byte[] body) {
    int found = 0;
    int last = body.length - STATUS_KEY.length;
    for (int i = 0; i < body.length; i++) {
      byte b = body[i];
      if (b == '\\') {
        return false;
      }
      if (b == '"' && i <= last && startsWithStatusKey(body, i) && ++found > 1) {
        return false;
      }
    }
    return found == 1;
  }

  private static boolean startsWithStatusKey(byte[] body, int at) {
    for (int j = 1; j < STATUS_KEY.length; j++) {
      if (body[at + j] != STATUS_KEY[j]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Reads a status object whose members are all strings or nulls, with at most one {@code code} and
   * one {@code message}; any other shape fails the read, which sends the answer the two-pass way.
   */
  static final class PlainStatusDeserializer extends StdDeserializer<OyStatus> {
    private static final long serialVersionUID = 1L;

    PlainStatusDeserializer() {
      super(OyStatus.class);
    }

    @Override
    public OyStatus deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      if (!parser.isExpectedStartObjectToken()) {
        return notPlain(parser, context);
      }
      String code = null;
      String message = null;
      boolean sawCode = false;
      boolean sawMessage = false;
      for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
        JsonToken value = parser.nextToken();
        if (value != JsonToken.VALUE_STRING && value != JsonToken.VALUE_NULL) {
          return notPlain(parser, context);
        }
        if ("code".equals(name)) {
          if (sawCode) {
            return notPlain(parser, context);
          }
          sawCode = true;
          code = textOrNull(parser, value);
        } else if ("message".equals(name)) {
          if (sawMessage) {
            return notPlain(parser, context);
          }
          sawMessage = true;
          message = textOrNull(parser, value);
        }
      }
      return new OyStatus(code, message);
    }

    private static String textOrNull(JsonParser parser, JsonToken value) throws IOException {
      return value == JsonToken.VALUE_STRING ? parser.getText() : null;
    }

    private OyStatus notPlain(JsonParser parser, DeserializationContext context)
        throws IOException {
      return context.reportInputMismatch(this, "Not a plain OY status object");
    }
  }
}
