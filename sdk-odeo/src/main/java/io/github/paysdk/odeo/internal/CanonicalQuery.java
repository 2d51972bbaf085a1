package io.github.paysdk.odeo.internal;

import io.github.paysdk.core.http.QueryParam;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Odeo's canonical query string: parameters sorted by name (plain code-unit order, so {@code a[10]}
 * precedes {@code a[2]}), {@code name=value} joined by {@code &}, spaces written as {@code +} and every
 * other character left as it is. This is what Python's {@code unquote(urlencode(sorted(params)))}
 * produces. Requests are sent with their query in this same order.
 */
public final class CanonicalQuery {
  private static final Comparator<QueryParam> BY_NAME = Comparator.comparing(QueryParam::name);

  private CanonicalQuery() {}

  /**
   * @param params query parameters in any order
   * @return them sorted by name (stable for equal names)
   */
  public static List<QueryParam> sorted(List<QueryParam> params) {
    List<QueryParam> sorted = new ArrayList<>(params);
    sorted.sort(BY_NAME);
    return sorted;
  }

  /**
   * @param params query parameters in any order
   * @return the canonical query string, empty for no parameters
   */
  public static String of(List<QueryParam> params) {
    if (params.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    for (QueryParam param : sorted(params)) {
      if (out.length() > 0) {
        out.append('&');
      }
      out.append(param.name().replace(' ', '+')).append('=').append(param.value().replace(' ', '+'));
    }
    return out.toString();
  }
}
