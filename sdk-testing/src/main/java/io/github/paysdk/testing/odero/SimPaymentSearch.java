package io.github.paysdk.testing.odero;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;
import okhttp3.HttpUrl;

/** {@code GET /payment-reporting/v1/payments?...}: the documented filters, then paging. */
final class SimPaymentSearch {
  private final List<Predicate<SimPayment>> filters = new ArrayList<>();
  private final HttpUrl url;

  private SimPaymentSearch(HttpUrl url) {
    this.url = url;
  }

  static String search(Collection<SimPayment> payments, HttpUrl url, OderoSimJson out) {
    SimPaymentSearch search = new SimPaymentSearch(url);
    search.addFilters();
    int page = SimInput.intParam(url, "page", 0);
    int size = SimInput.intParam(url, "size", 10);
    List<SimPayment> matches = new ArrayList<>();
    for (SimPayment p : payments) {
      if (search.filters.stream().allMatch(f -> f.test(p))) {
        matches.add(p);
      }
    }
    ArrayNode items = out.array();
    for (int i = page * size; i < Math.min(matches.size(), (page + 1) * size); i++) {
      items.add(out.detail(matches.get(i)));
    }
    return out.list(items, page, size, (long) matches.size());
  }

  private void addFilters() {
    ids("paymentIds", (p, ids) -> ids.contains(String.valueOf(p.id)));
    ids("paymentTransactionIds",
        (p, ids) -> p.transactions.stream().anyMatch(t -> ids.contains(String.valueOf(t.id))));
    ids("subMerchantIds", (p, ids) -> p.transactions.stream()
        .anyMatch(t -> t.subMerchantId != null && ids.contains(String.valueOf(t.subMerchantId))));
    ids("itemExternalIds", (p, ids) -> p.transactions.stream().anyMatch(t -> ids.contains(t.externalId)));
    equal("paymentStatus", p -> p.status);
    equal("currency", p -> p.currency);
    equal("binNumber", p -> p.binNumber);
    equal("lastFourDigits", p -> p.lastFourDigits);
    equal("conversationId", p -> p.conversationId);
    equal("installment", p -> String.valueOf(p.installment));
    equal("isThreeDS", p -> String.valueOf(p.threeDs));
    equal("connectorType", p -> "TOKENPOS");
    amount("minPrice", p -> p.price, 1);
    amount("maxPrice", p -> p.price, -1);
    amount("minPaidPrice", p -> p.paidPrice, 1);
    amount("maxPaidPrice", p -> p.paidPrice, -1);
    // As documented: ids or a conversationId make the platform ignore the date range.
    boolean byId = url.queryParameter("paymentIds") != null
        || url.queryParameter("paymentTransactionIds") != null || url.queryParameter("conversationId") != null;
    if (!byId) {
      String min = url.queryParameter("minCreatedDate");
      String max = url.queryParameter("maxCreatedDate");
      if (min != null) {
        LocalDateTime from = LocalDateTime.parse(min);
        filters.add(p -> !p.createdDate.isBefore(from));
      }
      if (max != null) {
        LocalDateTime to = LocalDateTime.parse(max);
        filters.add(p -> !p.createdDate.isAfter(to));
      }
    }
  }

  private void ids(String name, BiPredicate<SimPayment, Set<String>> test) {
    String value = url.queryParameter(name);
    if (value != null) {
      Set<String> ids = Set.of(value.split(","));
      filters.add(p -> test.test(p, ids));
    }
  }

  private void equal(String name, Function<SimPayment, String> field) {
    String value = url.queryParameter(name);
    if (value != null) {
      filters.add(p -> value.equals(field.apply(p)));
    }
  }

  private void amount(String name, Function<SimPayment, BigDecimal> field, int sign) {
    String value = url.queryParameter(name);
    if (value != null) {
      BigDecimal limit = new BigDecimal(value);
      filters.add(p -> field.apply(p).compareTo(limit) * sign >= 0);
    }
  }
}
