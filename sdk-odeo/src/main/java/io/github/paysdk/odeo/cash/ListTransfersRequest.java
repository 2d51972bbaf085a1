package io.github.paysdk.odeo.cash;

import io.github.paysdk.core.http.QueryParam;
import io.github.paysdk.core.validation.Validate;
import io.github.paysdk.odeo.internal.OdeoValidation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Filters for {@link CashService#listTransfers(ListTransfersRequest)}; every field is optional.
 *
 * @param referenceIds only transfers with these reference ids; empty for all
 * @param startDate only transfers created at or after this instant, or null
 * @param endDate only transfers created at or before this instant, or null
 * @param pageToken the {@code next_page_token} of an earlier page to resume from, or null for the first
 */
public record ListTransfersRequest(
    List<String> referenceIds, Instant startDate, Instant endDate, String pageToken) {

  /** Validates the reference ids and the date range. */
  public ListTransfersRequest {
    referenceIds = referenceIds == null ? List.of() : List.copyOf(referenceIds);
    for (int i = 0; i < referenceIds.size(); i++) {
      OdeoValidation.referenceId(referenceIds.get(i), "referenceIds[" + i + "]");
    }
    Validate.check(startDate == null || endDate == null || !startDate.isAfter(endDate),
        "startDate", "must not be after endDate");
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @param token the page token to ask for, or null
   * @return the query: reference_ids[i], start_date, end_date (epoch seconds, UTC), page_token
   */
  List<QueryParam> query(String token) {
    List<QueryParam> query = new ArrayList<>();
    for (int i = 0; i < referenceIds.size(); i++) {
      query.add(new QueryParam("reference_ids[" + i + "]", referenceIds.get(i)));
    }
    CashQueries.dates(query, startDate, endDate);
    CashQueries.pageToken(query, token);
    return query;
  }

  /** Builds a {@link ListTransfersRequest}. */
  public static final class Builder {
    private List<String> referenceIds = List.of();
    private Instant startDate;
    private Instant endDate;
    private String pageToken;

    private Builder() {}

    /**
     * @param referenceIds only transfers with these reference ids
     * @return this builder
     */
    public Builder referenceIds(List<String> referenceIds) {
      this.referenceIds = referenceIds;
      return this;
    }

    /**
     * @param referenceIds only transfers with these reference ids
     * @return this builder
     */
    public Builder referenceIds(String... referenceIds) {
      return referenceIds(List.of(referenceIds));
    }

    /**
     * @param startDate only transfers created at or after this instant
     * @return this builder
     */
    public Builder startDate(Instant startDate) {
      this.startDate = startDate;
      return this;
    }

    /**
     * @param endDate only transfers created at or before this instant
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
     * @throws io.github.paysdk.core.error.ValidationException if a reference id is outside the safe set
     *     or startDate is after endDate
     */
    public ListTransfersRequest build() {
      return new ListTransfersRequest(referenceIds, startDate, endDate, pageToken);
    }
  }
}
