package io.github.paysdk.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Locale;

/**
 * Creates the SDK's Jackson mappers: records and java.time supported, unknown properties ignored, unknown
 * enum values mapped to the enum's {@code @JsonEnumDefaultValue} (its {@code UNKNOWN} constant), enums
 * matched case-insensitively (locale-independent), BigDecimal kept exact (trailing zeros too, also through
 * trees) and written without exponent, trailing commas tolerated, nulls omitted unless a
 * field says otherwise, compact output.
 */
public final class JsonMappers {
  private JsonMappers() {}

  /** @return a builder with the SDK's settings, for a provider to refine */
  public static JsonMapper.Builder builder() {
    return JsonMapper.builder(new NumberSafeJsonFactory())
        .addModule(new JavaTimeModule())
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
        .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
        // Providers' own examples (OY, OdeonPay) end objects with a trailing comma.
        .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
        // Case-insensitive matching folds with this locale, never the JVM's (e.g. Turkish dotless i).
        .defaultLocale(Locale.ROOT)
        .defaultPropertyInclusion(
            JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL));
  }

  /** @return a new mapper with the SDK's settings */
  public static JsonMapper create() {
    return builder().build();
  }
}
