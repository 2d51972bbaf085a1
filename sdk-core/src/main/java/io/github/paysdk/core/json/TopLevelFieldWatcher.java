package io.github.paysdk.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;

/**
 * A parser that notes, while a deserializer reads through it, which of some top-level field names carry a
 * value other than JSON null: lets one parse both build the model and check its required fields. Every
 * token-advancing method is routed through {@link #observe()}; skipped children are never top-level
 * values, so skipping needs no hook.
 */
final class TopLevelFieldWatcher extends JsonParserDelegate {
  private final String[] names;
  private final boolean[] found;

  TopLevelFieldWatcher(JsonParser parser, String[] names) {
    super(parser);
    this.names = names;
    this.found = new boolean[names.length];
  }

  /** @return the first watched name not seen with a non-null value, or null if all were */
  String firstMissing() {
    for (int i = 0; i < names.length; i++) {
      if (!found[i]) {
        return names[i];
      }
    }
    return null;
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

  private void observe(JsonToken token) {
    if (token == null || token == JsonToken.VALUE_NULL || token == JsonToken.FIELD_NAME
        || token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
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
    String field = context.getCurrentName();
    for (int i = 0; i < names.length; i++) {
      found[i] |= names[i].equals(field);
    }
  }
}
