package io.github.paysdk.oy.internal;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.github.paysdk.core.json.JsonCodec;
import io.github.paysdk.core.json.JsonMappers;

/** The OY JSON codec: the SDK's standard settings with snake_case names (camelCase fields say so). */
public final class OyJson {
  private static final JsonCodec CODEC = new JsonCodec(JsonMappers.builder()
      .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .build());

  private OyJson() {}

  /** @return the shared, thread-safe codec */
  public static JsonCodec codec() {
    return CODEC;
  }
}
