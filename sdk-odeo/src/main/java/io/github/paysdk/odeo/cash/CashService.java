package io.github.paysdk.odeo.cash;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.paysdk.core.http.HttpMethod;
import io.github.paysdk.core.http.QueryParam;
import io.github.paysdk.core.paging.Page;
import io.github.paysdk.core.validation.Validate;
import io.github.paysdk.odeo.internal.OdeoApi;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Odeo's cash API ({@code /cash}): bulk transfers between users, virtual-account top-ups, balances and
 * transaction history. Obtain it from {@code OdeoClient.cash()}.
 */
public final class CashService {
  private final OdeoApi api;

  /**
   * Not public API: use {@code OdeoClient.cash()}.
   *
   * @param api the client's connection
   */
  public CashService(OdeoApi api) {
    this.api = Objects.requireNonNull(api, "api");
  }

  /**
   * {@code POST /cash/bulk-transfer}: moves money, so it is never resent once it may have left the JVM.
   * If it fails with {@code isOutcomeUnknown() == true}, look the transfers up with
   * {@link #listTransfers(ListTransfersRequest)} filtered by their reference ids ({@code e.lookupKey()}
   * holds them, comma-separated) before sending any of them again.
   *
   * @param requests the transfers, at least one
   * @return the transfers created
   * @throws io.github.paysdk.odeo.error.OdeoInputValidationException e.g. an amount outside Odeo's limits
   * @throws io.github.paysdk.odeo.error.OdeoGeneralException e.g. a reference id that already exists
   */
  public List<Transfer> createBulkTransfers(List<TransferRequest> requests) {
    Validate.notEmpty(requests, "requests");
    ObjectNode body = OdeoApi.object();
    ArrayNode items = body.putArray("requests");
    for (int i = 0; i < requests.size(); i++) {
      items.add(Validate.required(requests.get(i), "requests[" + i + "]").toJson());
    }
    String references = requests.stream().map(TransferRequest::referenceId)
        .collect(Collectors.joining(","));
    return api.send(HttpMethod.POST, "/cash/bulk-transfer", body, references)
        .list("transfers", Transfer.class);
  }

  /**
   * {@code GET /cash/transfers}: every transfer, newest pages fetched lazily.
   *
   * @return the first page; iterate all with {@link Page#autoPagingIterable()}
   */
  public Page<Transfer> listTransfers() {
    return listTransfers(ListTransfersRequest.builder().build());
  }

  /**
   * {@code GET /cash/transfers} with filters.
   *
   * @param request the filters
   * @return the first page; iterate all with {@link Page#autoPagingIterable()}
   */
  public Page<Transfer> listTransfers(ListTransfersRequest request) {
    Objects.requireNonNull(request, "request");
    return api.page(request.pageToken(),
        token -> api.get("/cash/transfers", request.query(token)), "transfers", Transfer.class);
  }

  /**
   * {@code POST /cash/va-topup} for your own account. Not resent once it may have left the JVM; if the
   * outcome is unknown, {@link #findActiveVaTopup()} shows whether the order exists.
   *
   * @param amount the amount in IDR (Odeo accepts 10,000 to 1,000,000,000,000)
   * @return the top-up order and the channels to pay it through
   * @throws io.github.paysdk.odeo.error.OdeoInputValidationException if the amount is out of range
   * @throws io.github.paysdk.odeo.error.OdeoGeneralException e.g. a pending top-up already exists
   */
  public Topup createVaTopup(long amount) {
    return createVaTopup(amount, null);
  }

  /**
   * {@code POST /cash/va-topup} for a sub user (or yourself when {@code userId} is null).
   *
   * @param amount the amount in IDR
   * @param userId the sub user to top up, or null for your own account ({@code "user_id":null} is sent)
   * @return the top-up order
   * @throws io.github.paysdk.odeo.error.OdeoGeneralException e.g. the user was not found or a pending
   *     top-up exists
   */
  public Topup createVaTopup(long amount, Long userId) {
    Validate.positive(amount, "amount");
    if (userId != null) {
      Validate.positive(userId, "userId");
    }
    ObjectNode body = OdeoApi.object();
    body.put("amount", amount);
    body.put("user_id", userId);
    return api.send(HttpMethod.POST, "/cash/va-topup", body, null).as(Topup.class, "topup_id");
  }

  /**
   * {@code GET /cash/va-topup/active}: your pending top-up.
   *
   * @return the pending top-up
   * @throws io.github.paysdk.odeo.error.OdeoGeneralException if there is none ({@code Order not found})
   */
  public Topup findActiveVaTopup() {
    return api.get("/cash/va-topup/active", List.of()).as(Topup.class, "topup_id");
  }

  /**
   * {@code GET /cash/va-topup/active?user_id=..}: a sub user's pending top-up.
   *
   * @param userId the sub user
   * @return the pending top-up
   * @throws io.github.paysdk.odeo.error.OdeoGeneralException if there is none
   */
  public Topup findActiveVaTopup(long userId) {
    Validate.positive(userId, "userId");
    return api.get("/cash/va-topup/active",
        List.of(new QueryParam("user_id", Long.toString(userId)))).as(Topup.class, "topup_id");
  }

  /**
   * {@code POST /cash/va-topup/cancel} with no body: cancels your pending top-up.
   *
   * @throws io.github.paysdk.odeo.error.OdeoGeneralException if there is none or it cannot be cancelled
   */
  public void cancelVaTopup() {
    // The answer carries nothing to return, but a 2xx that is not JSON is still reported as malformed.
    api.send(HttpMethod.POST, "/cash/va-topup/cancel", null, null).tree();
  }

  /**
   * {@code POST /cash/va-topup/cancel} with {@code {"user_id":..}}: cancels a sub user's pending top-up.
   *
   * @param userId the sub user
   * @throws io.github.paysdk.odeo.error.OdeoGeneralException if there is none, the user was not found,
   *     or you may not cancel it
   */
  public void cancelVaTopup(long userId) {
    Validate.positive(userId, "userId");
    ObjectNode body = OdeoApi.object();
    body.put("user_id", userId);
    api.send(HttpMethod.POST, "/cash/va-topup/cancel", body, null).tree();
  }

  /**
   * {@code GET /cash/me/balance}.
   *
   * @return your balance
   */
  public Balance getBalance() {
    return api.get("/cash/me/balance", List.of()).as(Balance.class, "cash");
  }

  /**
   * {@code GET /cash/{userId}/balance}.
   *
   * @param userId a sub user
   * @return the sub user's balance
   * @throws io.github.paysdk.odeo.error.OdeoGeneralException if the user was not found
   */
  public Balance getBalance(long userId) {
    Validate.positive(userId, "userId");
    return api.get("/cash/" + userId + "/balance", List.of()).as(Balance.class, "cash");
  }

  /**
   * {@code GET /cash/transactions}: your own history.
   *
   * @return the first page; iterate all with {@link Page#autoPagingIterable()}
   */
  public Page<CashTransaction> getTransactionsHistory() {
    return getTransactionsHistory(TransactionsHistoryRequest.builder().build());
  }

  /**
   * {@code GET /cash/transactions}, or {@code GET /cash/sub-user-transactions} when the request names
   * sub users.
   *
   * @param request the filters
   * @return the first page; iterate all with {@link Page#autoPagingIterable()}
   */
  public Page<CashTransaction> getTransactionsHistory(TransactionsHistoryRequest request) {
    Objects.requireNonNull(request, "request");
    String path = request.forSubUsers() ? "/cash/sub-user-transactions" : "/cash/transactions";
    return api.page(request.pageToken(), token -> api.get(path, request.query(token)),
        "cash_transactions", CashTransaction.class);
  }
}
