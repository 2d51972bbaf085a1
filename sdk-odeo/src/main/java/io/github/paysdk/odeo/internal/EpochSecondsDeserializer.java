package io.github.paysdk.odeo.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Reads Odeo's epoch-second timestamps ({@code created_at}, {@code expires_at}), which arrive as strings
 * ({@code "1612137600"}) or numbers, possibly with a fraction, into an {@link Instant} (UTC by
 * definition, whatever the JVM's zone).
 */
public final class EpochSecondsDeserializer extends StdScalarDeserializer<Instant> {
  private static final long serialVersionUID = 1L;

  /** Creates the deserializer. */
  public EpochSecondsDeserializer() {
    super(Instant.class);
  }

  @Override
  public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonToken token = p.currentToken();
    String text;
    if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      text = p.getDecimalValue().toPlainString();
    } else if (token == JsonToken.VALUE_STRING) {
      text = p.getText().trim();
      if (text.isEmpty()) {
        return null;
      }
    } else {
      return (Instant) ctxt.handleUnexpectedToken(Instant.class, p);
    }
    try {
      BigDecimal seconds = new BigDecimal(text);
      long whole = seconds.longValue();
      int nanos = seconds.subtract(BigDecimal.valueOf(whole)).movePointRight(9).intValue();
      return Instant.ofEpochSecond(whole, nanos);
    } catch (NumberFormatException | ArithmeticException e) {
      return (Instant) ctxt.handleWeirdStringValue(Instant.class, text, "not epoch seconds");
    }
  }
}
