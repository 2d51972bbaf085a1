package io.github.paysdk.oy.internal;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import io.github.paysdk.core.json.JsonCodec;
import io.github.paysdk.core.json.JsonMappers;

/** The OY JSON codec: the SDK's standard settings with snake_case names (camelCase fields say so). */
public final class OyJson {
  private static final JsonCodec CODEC = new JsonCodec(JsonMappers.builder()
      .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      // Responses are parsed via a tree; keep 2000.0000 as OY sent it instead of 2E+3.
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      // OY's own examples end objects with a trailing comma (Update Customized VA, create-v2).
      .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
      .build());

  private OyJson() {}

  /** @return the shared, thread-safe codec */
  public static JsonCodec codec() {
    return CODEC;
  }
}
