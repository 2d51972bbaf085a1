package io.github.paysdk.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.DataInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A JSON factory whose parsers report an unrepresentable number as a {@link JsonParseException}. Jackson
 * parses {@code 11E11111111111} into a {@code BigDecimal} (the SDK reads floats as BigDecimal) by throwing
 * a plain {@link NumberFormatException}, which is no {@link IOException} and slipped past every
 * {@code catch (IOException e)} around a read. With this factory it is an ordinary parse failure.
 */
final class NumberSafeJsonFactory extends JsonFactory {
  private static final long serialVersionUID = 1L;

  NumberSafeJsonFactory() {
    super();
  }

  private NumberSafeJsonFactory(NumberSafeJsonFactory source, ObjectCodec codec) {
    super(source, codec);
  }

  @Override
  public JsonFactory copy() {
    return new NumberSafeJsonFactory(this, null);
  }

  @Override
  protected JsonParser _createParser(InputStream in, IOContext ctxt) throws IOException {
    return new NumberSafeParser(super._createParser(in, ctxt));
  }

  @Override
  protected JsonParser _createParser(Reader r, IOContext ctxt) throws IOException {
    return new NumberSafeParser(super._createParser(r, ctxt));
  }

  @Override
  protected JsonParser _createParser(char[] data, int offset, int len, IOContext ctxt,
      boolean recyclable) throws IOException {
    return new NumberSafeParser(super._createParser(data, offset, len, ctxt, recyclable));
  }

  @Override
  protected JsonParser _createParser(byte[] data, int offset, int len, IOContext ctxt)
      throws IOException {
    return new NumberSafeParser(super._createParser(data, offset, len, ctxt));
  }

  @Override
  protected JsonParser _createParser(DataInput input, IOContext ctxt) throws IOException {
    return new NumberSafeParser(super._createParser(input, ctxt));
  }

  /** Turns {@link NumberFormatException} from number accessors into {@link JsonParseException}. */
  private static final class NumberSafeParser extends JsonParserDelegate {
    NumberSafeParser(JsonParser delegate) {
      super(delegate);
    }

    @Override
    public BigDecimal getDecimalValue() throws IOException {
      try {
        return super.getDecimalValue();
      } catch (NumberFormatException e) {
        throw outOfRange(e);
      }
    }

    @Override
    public BigInteger getBigIntegerValue() throws IOException {
      try {
        return super.getBigIntegerValue();
      } catch (NumberFormatException e) {
        throw outOfRange(e);
      }
    }

    @Override
    public Number getNumberValue() throws IOException {
      try {
        return super.getNumberValue();
      } catch (NumberFormatException e) {
        throw outOfRange(e);
      }
    }

    @Override
    public Number getNumberValueExact() throws IOException {
      try {
        return super.getNumberValueExact();
      } catch (NumberFormatException e) {
        throw outOfRange(e);
      }
    }

    private JsonParseException outOfRange(NumberFormatException e) {
      return new JsonParseException(this, "Number cannot be represented", e);
    }
  }
}
