package io.github.paysdk.oy.checkout;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import java.io.IOException;
import java.util.List;

/** Reads {@code invoiceItems}, which OY sends as a JSON array encoded in a string (or as an array). */
final class PurchasedItemsDeserializer extends JsonDeserializer<List<PurchasedItem>> {
  @Override
  public List<PurchasedItem> deserialize(JsonParser parser, DeserializationContext context)
      throws IOException {
    JavaType type = context.getTypeFactory().constructCollectionType(List.class, PurchasedItem.class);
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      return context.readValue(parser, type);
    }
    String text = parser.getText();
    if (text.isBlank()) {
      return List.of();
    }
    try (JsonParser inner = parser.getCodec().getFactory().createParser(text)) {
      inner.setCodec(parser.getCodec());
      inner.nextToken();
      return context.readValue(inner, type);
    }
  }
}
