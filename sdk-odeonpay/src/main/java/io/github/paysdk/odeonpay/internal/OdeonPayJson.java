package io.github.paysdk.odeonpay.internal;

import com.fasterxml.jackson.databind.MapperFeature;
import io.github.paysdk.core.json.JsonCodec;
import io.github.paysdk.core.json.JsonMappers;

/**
 * The OdeonPay codec: core's settings, plus property names matched case-insensitively (the doc shows both
 * {@code success} and {@code Success}).
 */
public final class OdeonPayJson {
  private static final JsonCodec CODEC = new JsonCodec(JsonMappers.builder()
      .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
      .build());

  private OdeonPayJson() {}

  /** @return the shared, thread-safe codec */
  public static JsonCodec codec() {
    return CODEC;
  }
}
