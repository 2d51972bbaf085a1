package io.github.paysdk.odero.reporting;

import io.github.paysdk.core.http.ApiRequest;
import io.github.paysdk.core.paging.Page;
import io.github.paysdk.core.validation.Validate;
import io.github.paysdk.odero.internal.OderoApi;
import io.github.paysdk.odero.internal.OderoList;
import io.github.paysdk.odero.internal.OderoQuery;
import java.util.Objects;

/**
 * Payment reporting: read payments with their card, refunds, transactions and payouts. Reads are retried on
 * network failures, 429 and 502/503/504.
 */
public final class PaymentReportingService {
  private static final String PAYMENTS = "/payment-reporting/v1/payments";
  private final OderoApi api;

  /** @param api the Odero wire (internal) */
  public PaymentReportingService(OderoApi api) {
    this.api = Objects.requireNonNull(api, "api");
  }

  /**
   * Retrieves a payment ({@code GET /payment-reporting/v1/payments/{id}}).
   *
   * @param paymentId the payment id
   * @return the payment with all its details
   * @throws io.github.paysdk.odero.error.OderoNotFoundException if there is no such payment
   */
  public PaymentDetail retrievePayment(long paymentId) {
    Validate.positive(paymentId, "paymentId");
    return api.data(api.get(PAYMENTS + "/" + paymentId).build(), PaymentDetail.class);
  }

  /**
   * Searches payments ({@code GET /payment-reporting/v1/payments?...}). The returned page fetches the
   * following pages on demand: {@code searchPayments(r).autoPagingIterable()} walks every match.
   *
   * @param request the filters and the first page
   * @return the first page
   */
  public Page<PaymentDetail> searchPayments(SearchPaymentsRequest request) {
    Objects.requireNonNull(request, "request");
    OderoList<PaymentDetail> list = api.list(query(request), PaymentDetail.class);
    return Page.of(list.items(), list.hasMore(request.page(), request.size())
        ? () -> searchPayments(request.withPage(request.page() + 1))
        : null);
  }

  private ApiRequest query(SearchPaymentsRequest r) {
    return api.get(PAYMENTS)
        .query("page", r.page())
        .query("size", r.size())
        .query("paymentIds", OderoQuery.joined(r.paymentIds()))
        .query("paymentTransactionIds", OderoQuery.joined(r.paymentTransactionIds()))
        .query("subMerchantIds", OderoQuery.joined(r.subMerchantIds()))
        .query("itemExternalIds", OderoQuery.joined(r.itemExternalIds()))
        .query("paymentStatus", OderoQuery.name(r.paymentStatus()))
        .query("connectorType", OderoQuery.name(r.connectorType()))
        .query("currency", OderoQuery.name(r.currency()))
        .query("binNumber", r.binNumber())
        .query("lastFourDigits", r.lastFourDigits())
        .query("minPrice", OderoQuery.plain(r.minPrice()))
        .query("minPaidPrice", OderoQuery.plain(r.minPaidPrice()))
        .query("maxPrice", OderoQuery.plain(r.maxPrice()))
        .query("maxPaidPrice", OderoQuery.plain(r.maxPaidPrice()))
        .query("installment", r.installment())
        .query("conversationId", r.conversationId())
        .query("isThreeDS", r.threeDS())
        .query("minCreatedDate", OderoQuery.dateTime(r.minCreatedDate()))
        .query("maxCreatedDate", OderoQuery.dateTime(r.maxCreatedDate()))
        .build();
  }
}
