package io.github.paysdk.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;

/**
 * A parser that tells a {@link Listener} about every value of the top-level object (its field name and
 * first token, JSON null included), and optionally every field name read, while a deserializer reads
 * through it: lets one parse both build the model and check something else about the answer. Every
 * token-advancing method is routed through one hook; skipped children are never top-level values, so
 * skipping needs none.
 */
public final class TopLevelValueWatcher extends JsonParserDelegate {
  private final Listener listener;

  /** Told about each top-level value, in document order. */
  @FunctionalInterface
  public interface Listener {
    /**
     * @param name the field name, as written in the document (after unescaping)
     * @param token the value's first token: a scalar, {@code VALUE_NULL}, {@code START_OBJECT} or
     *     {@code START_ARRAY}
     */
    void topLevelValue(String name, JsonToken token);

    /**
     * Told about every field name the deserializer reads, at any depth (names inside values it skips
     * are not read); does nothing unless overridden.
     *
     * @param name the field name, as written in the document (after unescaping)
     */
    default void fieldName(String name) {}
  }

  /**
   * @param parser the parser to read through
   * @param listener told about each top-level value
   */
  public TopLevelValueWatcher(JsonParser parser, Listener listener) {
    super(parser);
    this.listener = listener;
  }

  @Override
  public JsonToken nextToken() throws IOException {
    JsonToken token = delegate.nextToken();
    observe(token);
    return token;
  }

  @Override
  public JsonToken nextValue() throws IOException {
    JsonToken token = delegate.nextValue();
    observe(token);
    return token;
  }

  // The typed shortcuts below are implemented on top of nextToken() so that no value escapes the hook.

  @Override
  public String nextFieldName() throws IOException {
    return nextToken() == JsonToken.FIELD_NAME ? currentName() : null;
  }

  @Override
  public boolean nextFieldName(SerializableString name) throws IOException {
    return nextToken() == JsonToken.FIELD_NAME && name.getValue().equals(currentName());
  }

  @Override
  public String nextTextValue() throws IOException {
    return nextToken() == JsonToken.VALUE_STRING ? getText() : null;
  }

  @Override
  public int nextIntValue(int defaultValue) throws IOException {
    return nextToken() == JsonToken.VALUE_NUMBER_INT ? getIntValue() : defaultValue;
  }

  @Override
  public long nextLongValue(long defaultValue) throws IOException {
    return nextToken() == JsonToken.VALUE_NUMBER_INT ? getLongValue() : defaultValue;
  }

  @Override
  public Boolean nextBooleanValue() throws IOException {
    JsonToken token = nextToken();
    if (token == JsonToken.VALUE_TRUE) {
      return Boolean.TRUE;
    }
    return token == JsonToken.VALUE_FALSE ? Boolean.FALSE : null;
  }

  private void observe(JsonToken token) throws IOException {
    if (token == JsonToken.FIELD_NAME) {
      listener.fieldName(delegate.currentName());
      return;
    }
    if (token == null || token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
      return;
    }
    JsonStreamContext context = delegate.getParsingContext();
    if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
      context = context.getParent(); // the context the new object or array is a value in
    }
    if (context == null || !context.inObject()) {
      return;
    }
    JsonStreamContext parent = context.getParent();
    if (parent == null || !parent.inRoot()) {
      return;
    }
    listener.topLevelValue(context.getCurrentName(), token);
  }
}
