package io.github.paysdk.testing.odeo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Function;

/** Cuts a list into pages with opaque {@code page_token}s, the way the simulator's list endpoints do. */
final class SimPaging {
  private static final String PREFIX = "pt-";

  private SimPaging() {}

  static <T> SimReply page(List<T> all, String pageToken, int pageSize, String listField,
      Function<T, ObjectNode> toJson) {
    int offset = 0;
    if (pageToken != null) {
      if (!pageToken.startsWith(PREFIX)) {
        return SimReply.error(SimReply.INPUT_VALIDATION_ERROR, "The page token is invalid.");
      }
      try {
        offset = Integer.parseInt(pageToken.substring(PREFIX.length()));
      } catch (NumberFormatException e) {
        return SimReply.error(SimReply.INPUT_VALIDATION_ERROR, "The page token is invalid.");
      }
    }
    ObjectNode body = SimReply.object();
    ArrayNode items = body.putArray(listField);
    int end = Math.min(all.size(), offset + pageSize);
    for (int i = offset; i < end; i++) {
      items.add(toJson.apply(all.get(i)));
    }
    if (end < all.size()) {
      body.put("next_page_token", PREFIX + end);
    }
    return SimReply.ok(body);
  }
}
