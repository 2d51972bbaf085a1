package io.github.paysdk.odeonpay.internal;

import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.paysdk.core.json.JsonCodec;
import io.github.paysdk.core.json.JsonMappers;
import io.github.paysdk.core.json.PlainDecimalSerializer;
import java.math.BigDecimal;

/**
 * The OdeonPay codec: core's settings, plus property names matched case-insensitively (the doc shows both
 * {@code success} and {@code Success}), and amounts written through {@link PlainDecimalSerializer} (the
 * same bytes, without rebuilding an amount's text on every write).
 */
public final class OdeonPayJson {
  private static final JsonCodec CODEC = new JsonCodec(JsonMappers.builder()
      .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
      .addModule(new SimpleModule("odeonpay-amounts")
          .addSerializer(BigDecimal.class, new PlainDecimalSerializer()))
      .build());
  private static final JsonCodec EXACT_NAMES = new JsonCodec(JsonMappers.builder().build());

  private OdeonPayJson() {}

  /** @return the shared, thread-safe codec */
  public static JsonCodec codec() {
    return CODEC;
  }

  /**
   * Core's settings with property names matched exactly: for {@link TransactionEnvelopes}' first pass
   * only, which falls back to {@link #codec()} whenever exact matching could read differently.
   *
   * @return the shared, thread-safe codec
   */
  static JsonCodec exactNames() {
    return EXACT_NAMES;
  }
}
