package io.github.paysdk.oy.virtualaccount;

import io.github.paysdk.core.http.HttpMethod;
import io.github.paysdk.core.paging.OffsetPaging;
import io.github.paysdk.core.paging.Page;
import io.github.paysdk.core.retry.RetryMode;
import io.github.paysdk.core.validation.Validate;
import io.github.paysdk.oy.model.OyCodeTable;
import io.github.paysdk.oy.internal.OyHttp;
import io.github.paysdk.oy.internal.OyValidation;
import java.util.List;
import java.util.Objects;

/**
 * The VA Aggregator. Creating a VA is not retried once the request may have reached OY: OY offers no
 * lookup by {@code partner_trx_id}, so on an outcome-unknown error list your VAs (or retry with the same
 * {@code partnerTrxId}, which OY answers with 203 if the first attempt succeeded).
 */
public final class VirtualAccountService {
  private final OyHttp http;

  /** @param http the OY transport (internal) */
  public VirtualAccountService(OyHttp http) {
    this.http = Objects.requireNonNull(http, "http");
  }

  /**
   * Creates a static VA ({@code POST /api/generate-static-va}).
   *
   * @param request the VA
   * @return the VA, WAITING_PAYMENT
   * @throws io.github.paysdk.oy.error.DuplicatePartnerTrxIdException for 203
   * @throws io.github.paysdk.core.error.InvalidRequestException for 211-262 and 990 (read the message:
   *     214 and 219 have two meanings each)
   */
  public VirtualAccount create(CreateVirtualAccountRequest request) {
    Objects.requireNonNull(request, "request");
    return http.statusObject(http.request(HttpMethod.POST, "/api/generate-static-va", request)
            .retryMode(RetryMode.NON_IDEMPOTENT)
            .lookupKey(request.partnerTrxId() != null ? request.partnerTrxId()
                : request.partnerUserId())
            .build(),
        OyCodeTable.VIRTUAL_ACCOUNT, VirtualAccount.class, VirtualAccount::status);
  }

  /**
   * @param id OY's VA id
   * @return the VA ({@code GET /api/static-virtual-account/<id>})
   */
  public VirtualAccount get(String id) {
    OyValidation.pathId(id, 255, "id");
    return http.statusObject(
        http.request(HttpMethod.GET, "/api/static-virtual-account/" + id).build(),
        OyCodeTable.VIRTUAL_ACCOUNT, VirtualAccount.class, VirtualAccount::status);
  }

  /**
   * Updates a static VA ({@code PUT /api/static-virtual-account/<id>}). Permata and CIMB VAs only
   * accept deactivation.
   *
   * @param id OY's VA id
   * @param request the fields to change
   * @return the VA after the update
   */
  public VirtualAccount update(String id, UpdateVirtualAccountRequest request) {
    OyValidation.pathId(id, 36, "id");
    Objects.requireNonNull(request, "request");
    return http.statusObject(http.request(HttpMethod.PUT, "/api/static-virtual-account/" + id, request)
            .retryMode(RetryMode.NON_IDEMPOTENT).lookupKey(id).build(),
        OyCodeTable.VIRTUAL_ACCOUNT, VirtualAccount.class, VirtualAccount::status);
  }

  /**
   * Deactivates a static VA: the same PUT with {@code {"expiration_time":0}}; the VA becomes EXPIRED.
   * Repeating it changes nothing, so it is retried like a read.
   *
   * @param id OY's VA id
   * @return the VA after the update
   */
  public VirtualAccount deactivate(String id) {
    OyValidation.pathId(id, 36, "id");
    return http.statusObject(http.request(HttpMethod.PUT, "/api/static-virtual-account/" + id,
                OyHttp.fields("expiration_time", 0))
            .retryMode(RetryMode.IDEMPOTENT).lookupKey(id).build(),
        OyCodeTable.VIRTUAL_ACCOUNT, VirtualAccount.class, VirtualAccount::status);
  }

  /** @return the first page of VAs (10 per page); iterate it for all (OY keeps the last 3 months) */
  public Page<VirtualAccount> list() {
    return list(0, 10);
  }

  /**
   * Lists VAs ({@code GET /api/static-virtual-account?offset=&limit=}).
   *
   * @param offset the first VA, from 0
   * @param limit VAs per page, at least 1
   * @return the page at {@code offset}; {@code autoPagingIterable()} walks the rest
   */
  public Page<VirtualAccount> list(int offset, int limit) {
    checkPage(offset, limit);
    return OffsetPaging.page(offset, limit, at -> {
      VaLists.Accounts list = http.statusObject(
          http.request(HttpMethod.GET, "/api/static-virtual-account")
              .query("offset", at).query("limit", limit).build(),
          OyCodeTable.VIRTUAL_ACCOUNT, VaLists.Accounts.class);
      return new OffsetPaging.Slice<>(list.data() == null ? List.of() : list.data(), list.total());
    });
  }

  /**
   * Lists a VA's incoming payments ({@code GET /api/va-tx-history/<id>?offset=&limit=}).
   *
   * @param id OY's VA id
   * @param offset the first payment, from 0
   * @param limit payments per page, at least 1
   * @return the page at {@code offset}; {@code autoPagingIterable()} walks the rest
   */
  public Page<VaTransaction> transactions(String id, int offset, int limit) {
    OyValidation.pathId(id, 36, "id");
    checkPage(offset, limit);
    return OffsetPaging.page(offset, limit, at -> {
      VaLists.Transactions list = http.statusObject(
          http.request(HttpMethod.GET, "/api/va-tx-history/" + id)
              .query("offset", at).query("limit", limit).build(),
          OyCodeTable.VIRTUAL_ACCOUNT, VaLists.Transactions.class);
      return new OffsetPaging.Slice<>(list.data() == null ? List.of() : list.data(),
          list.numberOfTransaction());
    });
  }

  /**
   * Creates a customized VA ({@code POST /api/custom-va}).
   *
   * @param request the VA
   * @return the VA
   */
  public VirtualAccount createCustom(CreateCustomVaRequest request) {
    Objects.requireNonNull(request, "request");
    return http.statusObject(http.request(HttpMethod.POST, "/api/custom-va", request)
            .retryMode(RetryMode.NON_IDEMPOTENT)
            .lookupKey(request.partnerTrxId() != null ? request.partnerTrxId()
                : request.partnerUserId())
            .build(),
        OyCodeTable.VIRTUAL_ACCOUNT, VirtualAccount.class, VirtualAccount::status);
  }

  /**
   * Updates a customized VA ({@code PUT /api/custom-va/<id>}).
   *
   * @param id OY's VA id
   * @param request the fields to change
   * @return the VA after the update
   */
  public VirtualAccount updateCustom(String id, UpdateCustomVaRequest request) {
    OyValidation.pathId(id, 36, "id");
    Objects.requireNonNull(request, "request");
    return http.statusObject(http.request(HttpMethod.PUT, "/api/custom-va/" + id, request)
            .retryMode(RetryMode.NON_IDEMPOTENT).lookupKey(id).build(),
        OyCodeTable.VIRTUAL_ACCOUNT, VirtualAccount.class, VirtualAccount::status);
  }

  /**
   * Deactivates a customized VA ({@code DELETE /api/custom-va/<id>}); repeating it changes nothing.
   *
   * @param id OY's VA id
   */
  public void deactivateCustom(String id) {
    OyValidation.pathId(id, 255, "id");
    http.statusObject(http.request(HttpMethod.DELETE, "/api/custom-va/" + id)
            .retryMode(RetryMode.IDEMPOTENT).lookupKey(id).build(),
        OyCodeTable.VIRTUAL_ACCOUNT, com.fasterxml.jackson.databind.JsonNode.class);
  }

  private static void checkPage(int offset, int limit) {
    Validate.check(offset >= 0, "offset", "must not be negative");
    Validate.check(limit >= 1, "limit", "must be at least 1");
  }
}
