package io.github.paysdk.core.json;

import com.fasterxml.jackson.core.JsonToken;

/**
 * Notes, while a deserializer reads through a {@link TopLevelValueWatcher}, which of some top-level field
 * names carry a value other than JSON null: lets one parse both build the model and check its required
 * fields.
 */
final class TopLevelFieldWatcher implements TopLevelValueWatcher.Listener {
  private final String[] names;
  private final boolean[] found;

  TopLevelFieldWatcher(String[] names) {
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
  public void topLevelValue(String field, JsonToken token) {
    if (token == JsonToken.VALUE_NULL) {
      return;
    }
    for (int i = 0; i < names.length; i++) {
      found[i] |= names[i].equals(field);
    }
  }
}
