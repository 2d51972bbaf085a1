package io.github.paysdk.odeo.cash;

import io.github.paysdk.core.http.QueryParam;
import io.github.paysdk.core.validation.Validate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Filters for {@link CashService#getTransactionsHistory(TransactionsHistoryRequest)}; every field is
 * optional. Without {@code userIds} the history is your own ({@code GET /cash/transactions}); with them
 * it is those sub users' ({@code GET /cash/sub-user-transactions}).
 *
 * @param userIds sub-user ids whose history to read, or null for your own
 * @param startDate only transactions at or after this instant, or null
 * @param endDate only transactions at or before this instant, or null
 * @param pageToken the {@code next_page_token} of an earlier page to resume from, or null for the first
 */
public record TransactionsHistoryRequest(
    List<Long> userIds, Instant startDate, Instant endDate, String pageToken) {

  /** Validates the user ids and the date range. */
  public TransactionsHistoryRequest {
    if (userIds != null) {
      Validate.notEmpty(userIds, "userIds");
      userIds = List.copyOf(userIds);
      for (int i = 0; i < userIds.size(); i++) {
        Validate.positive(userIds.get(i), "userIds[" + i + "]");
      }
    }
    Validate.check(startDate == null || endDate == null || !startDate.isAfter(endDate),
        "startDate", "must not be after endDate");
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return whether this reads sub users' history */
  boolean forSubUsers() {
    return userIds != null;
  }

  /**
   * @param token the page token to ask for, or null
   * @return the query: user_ids[i], start_date, end_date (epoch seconds, UTC), page_token
   */
  List<QueryParam> query(String token) {
    List<QueryParam> query = new ArrayList<>();
    if (userIds != null) {
      for (int i = 0; i < userIds.size(); i++) {
        query.add(new QueryParam("user_ids[" + i + "]", Long.toString(userIds.get(i))));
      }
    }
    CashQueries.dates(query, startDate, endDate);
    CashQueries.pageToken(query, token);
    return query;
  }

  /** Builds a {@link TransactionsHistoryRequest}. */
  public static final class Builder {
    private List<Long> userIds;
    private Instant startDate;
    private Instant endDate;
    private String pageToken;

    private Builder() {}

    /**
     * @param userIds sub-user ids whose history to read (not empty)
     * @return this builder
     */
    public Builder userIds(List<Long> userIds) {
      this.userIds = userIds;
      return this;
    }

    /**
     * @param userIds sub-user ids whose history to read (at least one)
     * @return this builder
     */
    public Builder userIds(Long... userIds) {
      return userIds(List.of(userIds));
    }

    /**
     * @param startDate only transactions at or after this instant
     * @return this builder
     */
    public Builder startDate(Instant startDate) {
      this.startDate = startDate;
      return this;
    }

    /**
     * @param endDate only transactions at or before this instant
     * @return this builder
     */
    public Builder endDate(Instant endDate) {
      this.endDate = endDate;
      return this;
    }

    /**
     * @param pageToken a {@code next_page_token} to resume from
     * @return this builder
     */
    public Builder pageToken(String pageToken) {
      this.pageToken = pageToken;
      return this;
    }

    /**
     * @return the request
     * @throws io.github.paysdk.core.error.ValidationException if userIds is empty or holds an id that is
     *     not positive, or startDate is after endDate
     */
    public TransactionsHistoryRequest build() {
      return new TransactionsHistoryRequest(userIds, startDate, endDate, pageToken);
    }
  }
}
