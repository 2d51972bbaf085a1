package io.github.paysdk.oy.accountinquiry;

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

/** Account inquiry and its invoices: {@code /api/account-inquiry[/invoices[/pay|/<id>]]}. */
public final class AccountInquiryService {
  private final OyHttp http;

  /** @param http the OY transport (internal) */
  public AccountInquiryService(OyHttp http) {
    this.http = Objects.requireNonNull(http, "http");
  }

  /**
   * Looks up a beneficiary account ({@code POST /api/account-inquiry}). Each call is billed.
   *
   * @param bankCode the bank code (disbursement bank codes, e.g. {@code "014"})
   * @param accountNumber the account number, digits only
   * @return the result: {@code accountFound()} for 000, false for 209
   * @throws io.github.paysdk.core.error.PermissionException for 232 (unpaid invoices block inquiries)
   * @throws io.github.paysdk.core.error.InvalidRequestException for 205 or 990
   */
  public AccountInquiry inquire(String bankCode, String accountNumber) {
    OyValidation.bankCode(bankCode, "bankCode");
    OyValidation.accountNumber(accountNumber, "accountNumber");
    return http.statusObject(
        http.request(HttpMethod.POST, "/api/account-inquiry",
                OyHttp.fields("bank_code", bankCode, "account_number", accountNumber))
            // Read-only at OY; a repeat at most bills one more inquiry.
            .retryMode(RetryMode.READ)
            .build(),
        OyCodeTable.ACCOUNT_INQUIRY, AccountInquiry.class, AccountInquiry::status);
  }

  /** @return the first page of invoices (10 per page, any status); iterate it for all */
  public Page<InquiryInvoice> listInvoices() {
    return listInvoices(0, 10, null);
  }

  /**
   * Lists invoices ({@code GET /api/account-inquiry/invoices}).
   *
   * @param offset the first invoice, from 0
   * @param limit invoices per page, at least 1
   * @param status only invoices in this status, or null for all
   * @return the page at {@code offset}; {@code autoPagingIterable()} walks the rest
   */
  public Page<InquiryInvoice> listInvoices(int offset, int limit, InquiryInvoiceStatus status) {
    Validate.check(offset >= 0, "offset", "must not be negative");
    Validate.check(limit >= 1, "limit", "must be at least 1");
    Validate.check(status != InquiryInvoiceStatus.UNKNOWN, "status", "must be a known status");
    return OffsetPaging.page(offset, limit, at -> {
      InquiryInvoiceList list = http.statusObject(
          http.request(HttpMethod.GET, "/api/account-inquiry/invoices")
              .query("offset", at).query("limit", limit).query("status", status).build(),
          OyCodeTable.ACCOUNT_INQUIRY, InquiryInvoiceList.class);
      return new OffsetPaging.Slice<>(list.data() == null ? List.of() : list.data(), list.total());
    });
  }

  /**
   * @param invoiceId the invoice id
   * @return the invoice ({@code GET /api/account-inquiry/invoices/<id>})
   * @throws io.github.paysdk.core.error.NotFoundException for 204
   */
  public InquiryInvoice getInvoice(String invoiceId) {
    OyValidation.pathId(invoiceId, 255, "invoiceId");
    return http.statusObject(
        http.request(HttpMethod.GET, "/api/account-inquiry/invoices/" + invoiceId).build(),
        OyCodeTable.ACCOUNT_INQUIRY, InquiryInvoice.class, InquiryInvoice::status);
  }

  /**
   * Pays an UNPAID invoice from the balance ({@code POST /api/account-inquiry/invoices/pay}). Not
   * retried after it may have been sent; on an outcome-unknown error, check {@link #getInvoice}.
   *
   * @param invoiceId the invoice id
   * @return the invoice, PAID
   * @throws io.github.paysdk.core.error.InsufficientFundsException for 206
   * @throws io.github.paysdk.core.error.ConflictException for 300 (the invoice is not UNPAID)
   */
  public InquiryInvoice payInvoice(String invoiceId) {
    OyValidation.requiredText(invoiceId, 255, "invoiceId");
    return http.statusObject(
        http.request(HttpMethod.POST, "/api/account-inquiry/invoices/pay",
                OyHttp.fields("invoice_id", invoiceId))
            .retryMode(RetryMode.NON_IDEMPOTENT)
            .lookupKey(invoiceId)
            .build(),
        OyCodeTable.ACCOUNT_INQUIRY, InquiryInvoice.class, InquiryInvoice::status);
  }
}
