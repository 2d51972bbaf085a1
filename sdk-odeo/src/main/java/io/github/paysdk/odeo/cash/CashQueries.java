package io.github.paysdk.odeo.cash;

import io.github.paysdk.core.http.QueryParam;
import java.time.Instant;
import java.util.List;

/** Query parameters shared by the cash list calls. */
final class CashQueries {
  private CashQueries() {}

  /** Adds {@code start_date} and {@code end_date} as epoch seconds (UTC by definition) when given. */
  static void dates(List<QueryParam> query, Instant startDate, Instant endDate) {
    if (startDate != null) {
      query.add(new QueryParam("start_date", Long.toString(startDate.getEpochSecond())));
    }
    if (endDate != null) {
      query.add(new QueryParam("end_date", Long.toString(endDate.getEpochSecond())));
    }
  }

  /** Adds {@code page_token} when given. */
  static void pageToken(List<QueryParam> query, String token) {
    if (token != null && !token.isEmpty()) {
      query.add(new QueryParam("page_token", token));
    }
  }
}
