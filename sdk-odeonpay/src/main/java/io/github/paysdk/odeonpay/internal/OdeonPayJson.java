package io.github.paysdk.odeonpay.internal;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import io.github.paysdk.core.json.JsonCodec;
import io.github.paysdk.core.json.JsonMappers;
import java.util.Locale;

/**
 * The OdeonPay codec: core's settings, plus property names matched case-insensitively (the doc shows both
 * {@code success} and {@code Success}) a trailing comma tolerated (the doc's Balance example has one), and
 * decimals kept exactly as written (scale included) when read through trees.
 */
public final class OdeonPayJson {
  private static final JsonCodec CODEC = new JsonCodec(JsonMappers.builder()
      .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
      .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
      // Payloads go through trees (the envelope); keep 12.30 as 12.30, not 12.3.
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      // Case-insensitive names are folded with this locale: never the JVM's (e.g. Turkish dotless i).
      .defaultLocale(Locale.ROOT)
      .build());

  private OdeonPayJson() {}

  /** @return the shared, thread-safe codec */
  public static JsonCodec codec() {
    return CODEC;
  }
}
