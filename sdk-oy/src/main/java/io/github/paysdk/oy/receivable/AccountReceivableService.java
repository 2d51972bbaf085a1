package io.github.paysdk.oy.receivable;

import com.fasterxml.jackson.databind.JavaType;
import io.github.paysdk.core.http.ApiRequest;
import io.github.paysdk.core.http.HttpMethod;
import io.github.paysdk.core.paging.OffsetPaging;
import io.github.paysdk.core.paging.Page;
import io.github.paysdk.core.retry.RetryMode;
import io.github.paysdk.core.validation.Validate;
import io.github.paysdk.oy.internal.OyHttp;
import io.github.paysdk.oy.internal.OyValidation;
import java.util.List;
import java.util.Objects;

/** Account Receivable: {@code /api/account-receivable/customers} and {@code .../invoices}. */
public final class AccountReceivableService {
  private static final String CUSTOMERS = "/api/account-receivable/customers";
  private static final String INVOICES = "/api/account-receivable/invoices";
  private final OyHttp http;

  /** @param http the OY transport (internal) */
  public AccountReceivableService(OyHttp http) {
    this.http = Objects.requireNonNull(http, "http");
  }

  /**
   * @param request the customer ({@code status} is ignored by OY on create)
   * @return the customer, ACTIVE
   */
  public Customer createCustomer(CustomerRequest request) {
    Objects.requireNonNull(request, "request");
    return one(http.request(HttpMethod.POST, CUSTOMERS, request)
        .retryMode(RetryMode.NON_IDEMPOTENT).lookupKey(request.partnerCustomerId()).build(),
        Customer.class);
  }

  /**
   * Replaces a customer's fields ({@code PUT .../customers/<id>}; OY's request line says POST, its
   * samples and current docs say PUT). Repeating it changes nothing.
   *
   * @param id OY's customer id
   * @param request every field, including {@code status}
   * @return the customer
   */
  public Customer editCustomer(String id, CustomerRequest request) {
    OyValidation.pathId(id, 255, "id");
    Objects.requireNonNull(request, "request");
    Validate.required(request.status(), "status");
    return one(http.request(HttpMethod.PUT, CUSTOMERS + "/" + id, request)
        .retryMode(RetryMode.IDEMPOTENT).lookupKey(id).build(), Customer.class);
  }

  /**
   * @param id OY's customer id
   * @return the customer ({@code GET .../customers/<id>})
   */
  public Customer getCustomer(String id) {
    OyValidation.pathId(id, 255, "id");
    return one(http.request(HttpMethod.GET, CUSTOMERS + "/" + id).build(), Customer.class);
  }

  /** @return the first page of all customers; iterate it for all */
  public Page<Customer> listCustomers() {
    return listCustomers(CustomerFilter.all());
  }

  /**
   * Lists customers ({@code GET .../customers?...}). OY returns no total, so pages continue while
   * they come back full.
   *
   * @param filter the filters and paging
   * @return the page at {@code filter.offset()}
   */
  public Page<Customer> listCustomers(CustomerFilter filter) {
    Objects.requireNonNull(filter, "filter");
    JavaType type = http.codec().mapper().getTypeFactory()
        .constructCollectionType(List.class, Customer.class);
    return OffsetPaging.page(filter.offset(), filter.limit(), at -> {
      OyHttp.Wrapped answer = http.arData(http.request(HttpMethod.GET, CUSTOMERS)
          .query("limit", filter.limit()).query("offset", at).query("status", filter.status())
          .query("partner_customer_id", filter.partnerCustomerId()).query("name", filter.name())
          .query("tax_type", filter.taxType()).query("pph_tax", filter.pphTax()).build());
      List<Customer> items = answer.data().isArray()
          ? http.codec().convert(answer.response(), answer.data(), type) : List.of();
      return new OffsetPaging.Slice<>(items, null);
    });
  }

  /**
   * Creates an invoice and sends it to the customer ({@code POST .../invoices}). Not retried once it
   * may have reached OY; on an outcome-unknown error, look for {@code invoiceNumber} with
   * {@link #listInvoices(ArInvoiceFilter)}.
   *
   * @param request the invoice
   * @return the invoice, CREATED, with its payment URL
   */
  public ArInvoice createInvoice(ArInvoiceRequest request) {
    Objects.requireNonNull(request, "request");
    return one(http.request(HttpMethod.POST, INVOICES, request)
        .retryMode(RetryMode.NON_IDEMPOTENT).lookupKey(request.invoiceNumber()).build(),
        ArInvoice.class);
  }

  /**
   * Cancels an invoice ({@code PUT .../invoices/<id>} with an empty body).
   *
   * @param id OY's invoice id
   * @throws io.github.paysdk.core.error.ConflictException for 223 (not eligible to cancel)
   * @throws io.github.paysdk.core.error.ServerException for 300 (try again)
   */
  public void cancelInvoice(String id) {
    OyValidation.pathId(id, 255, "id");
    http.arData(http.request(HttpMethod.PUT, INVOICES + "/" + id)
        .retryMode(RetryMode.NON_IDEMPOTENT).lookupKey(id).build());
  }

  /**
   * @param id OY's invoice id
   * @return the invoice with its timeline ({@code GET .../invoices/<id>})
   */
  public ArInvoice getInvoice(String id) {
    OyValidation.pathId(id, 255, "id");
    return one(http.request(HttpMethod.GET, INVOICES + "/" + id).build(), ArInvoice.class);
  }

  /** @return the first page of all invoices; iterate it for all */
  public Page<ArInvoice> listInvoices() {
    return listInvoices(ArInvoiceFilter.all());
  }

  /**
   * Lists invoices ({@code GET .../invoices?...}).
   *
   * @param filter the filters and paging
   * @return the page at {@code filter.offset()}
   */
  public Page<ArInvoice> listInvoices(ArInvoiceFilter filter) {
    Objects.requireNonNull(filter, "filter");
    return OffsetPaging.page(filter.offset(), filter.limit(), at -> {
      OyHttp.Wrapped answer = http.arData(http.request(HttpMethod.GET, INVOICES)
          .query("limit", filter.limit()).query("offset", at)
          .query("source_data", filter.sourceData()).query("invoice_number", filter.invoiceNumber())
          .query("customer_name", filter.customerName()).query("status", filter.status())
          .query("min_invoice_amount", plain(filter.minInvoiceAmount()))
          .query("max_invoice_amount", plain(filter.maxInvoiceAmount())).build());
      if (!answer.data().isObject()) {
        return new OffsetPaging.Slice<ArInvoice>(List.of(), 0);
      }
      ArInvoicePage page = http.codec().convert(answer.response(), answer.data(),
          ArInvoicePage.class);
      return new OffsetPaging.Slice<>(page.data() == null ? List.of() : page.data(), page.total());
    });
  }

  /**
   * Sends an invoice to the customer again ({@code POST .../invoices/<id>/send}).
   *
   * @param id OY's invoice id
   * @param channel email, or WhatsApp (fees may apply)
   */
  public void resendInvoice(String id, ResendChannel channel) {
    OyValidation.pathId(id, 255, "id");
    Validate.required(channel, "channel");
    http.arData(http.request(HttpMethod.POST, INVOICES + "/" + id + "/send",
            OyHttp.fields("channel", channel.name()))
        .retryMode(RetryMode.NON_IDEMPOTENT).lookupKey(id).build());
  }

  private <T> T one(ApiRequest request, Class<T> type) {
    OyHttp.Wrapped answer = http.arData(request);
    return http.codec().convert(answer.response(), answer.data(), type);
  }

  private static String plain(java.math.BigDecimal amount) {
    return amount == null ? null : amount.toPlainString();
  }
}
