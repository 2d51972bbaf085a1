package io.github.paysdk.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Writes a {@link BigDecimal} exactly as a mapper with {@code WRITE_BIGDECIMAL_AS_PLAIN} does, but through
 * {@link BigDecimal#toString()} whenever that is already plain: {@code toString()} keeps its text in the
 * instance, while {@code toPlainString()} builds it again on every write. Any other value (a negative scale,
 * or an exponent below -6) is written by the generator as before.
 */
public final class PlainDecimalSerializer extends StdSerializer<BigDecimal> {
  private static final long serialVersionUID = 1L;
  /** The largest scale a generator writes in plain notation ({@code StreamWriteConstraints} default). */
  private static final int MAX_PLAIN_SCALE = 9999;

  /** Creates the serializer; stateless, one instance can be shared. */
  public PlainDecimalSerializer() {
    super(BigDecimal.class);
  }

  @Override
  public void serialize(BigDecimal value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    if (toStringIsPlain(value)) {
      gen.writeNumber(value.toString());
    } else {
      gen.writeNumber(value);
    }
  }

  /**
   * {@link BigDecimal#toString()} uses no exponent when the scale is not negative and the adjusted
   * exponent ({@code precision - 1 - scale}) is at least -6; it is then the same text as
   * {@code toPlainString()}.
   */
  static boolean toStringIsPlain(BigDecimal value) {
    int scale = value.scale();
    return scale >= 0 && scale <= MAX_PLAIN_SCALE && value.precision() - 1 - scale >= -6;
  }
}
