package io.github.paysdk.oy.receivable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.paysdk.core.error.ApiException;
import io.github.paysdk.core.error.ConflictException;
import io.github.paysdk.core.error.InvalidRequestException;
import io.github.paysdk.core.error.NotFoundException;
import io.github.paysdk.core.error.ServerException;
import io.github.paysdk.core.paging.Page;
import io.github.paysdk.oy.OyTestSupport;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class AccountReceivableServiceTest extends OyTestSupport {
  private static final String CUSTOMER_ID = "8b57cbb0-41f9-48f2-b092-5fa999ddcb15";
  private static final String INVOICE_ID = "c6733a50-f93b-489f-b12b-48f8cc67735e";

  private static CustomerRequest.Builder docsCustomer() {
    return CustomerRequest.builder().name("Acumen Metros").partnerCustomerId("customer_id")
        .taxType(TaxType.PPN_10_INCLUSIVE).address("address").email("email@address.com")
        .picName("Pic name").phoneNumber("08123456789").pphTax(PphTax.PPH_23_NON_NPWP);
  }

  private static ArInvoiceRequest.Builder docsInvoice() {
    return ArInvoiceRequest.builder().invoiceNumber("INV/2022/12/210205")
        .invoiceDate(LocalDate.of(2022, 12, 21)).dueDate(LocalDate.of(2022, 12, 25))
        .customerId(CUSTOMER_ID).expirationDate(LocalDateTime.of(2022, 12, 25, 12, 58, 1))
        .addItem(ArInvoiceItem.of(25_600, "kopi susu", 4))
        .addAdditionalItem(ArInvoiceItem.of(-5_000, "Diskon", 1))
        .saveAsDefaultMessage(false)
        .paymentConfiguration(new PaymentConfiguration(true, "OFFLINE_CASH_IN",
            "002,008,009,013,213", "shopeepay_ewallet,linkaja_ewallet,dana_ewallet", ""));
  }

  @Test
  void createCustomerSendsTheDocsBodyAndParsesTheDocsExample() {
    enqueueFixture("receivable/create-customer.json");

    Customer customer = oy.receivables().createCustomer(docsCustomer().build());

    takeJsonRequest("POST", "/api/account-receivable/customers", "{\"name\":\"Acumen Metros\","
        + "\"partner_customer_id\":\"customer_id\",\"tax_type\":\"PPN_10_INCLUSIVE\","
        + "\"address\":\"address\",\"email\":\"email@address.com\",\"pic_name\":\"Pic name\","
        + "\"phone_number\":\"08123456789\",\"pph_tax\":\"PPH_23_NON_NPWP\"}");
    assertThat(customer.id()).isEqualTo(CUSTOMER_ID);
    assertThat(customer.status()).isEqualTo(CustomerStatus.ACTIVE);
    assertThat(customer.partnerCustomerId()).isEqualTo("customer_id");
    assertThat(customer.picName()).isEqualTo("Pic Name");
    assertThat(customer.phoneNumber()).isEqualTo("0812345678");
    assertThat(customer.taxType()).isEqualTo(TaxType.PPN_10_INCLUSIVE);
    assertThat(customer.pphTax()).isEqualTo(PphTax.PPH_23_NON_NPWP);
    assertThat(customer.totalPiutang()).isNull();
    assertThat(customer.canBeDeactivated()).isFalse();
  }

  @Test
  void editCustomerUsesPutWithStatusAndParsesTheDocsExample() {
    enqueueFixture("receivable/edit-customer.json");

    Customer customer = oy.receivables().editCustomer(CUSTOMER_ID, CustomerRequest.builder()
        .name("Acumen Metros").partnerCustomerId("customer_id").taxType(TaxType.NO_TAX)
        .address("").email("new_email@address.com").phoneNumber("082143207721")
        .pphTax(PphTax.PPH_23_NON_NPWP).status(CustomerStatus.ACTIVE).build());

    takeJsonRequest("PUT", "/api/account-receivable/customers/" + CUSTOMER_ID,
        "{\"name\":\"Acumen Metros\",\"partner_customer_id\":\"customer_id\","
            + "\"tax_type\":\"NO_TAX\",\"address\":\"\",\"email\":\"new_email@address.com\","
            + "\"phone_number\":\"082143207721\",\"pph_tax\":\"PPH_23_NON_NPWP\","
            + "\"status\":\"ACTIVE\"}");
    assertThat(customer.taxType()).isEqualTo(TaxType.NO_TAX);
    assertThat(customer.picName()).isNull();
  }

  @Test
  void getCustomerUsesGetWithoutBody() {
    enqueueFixture("receivable/get-customer.json");

    Customer customer = oy.receivables().getCustomer(CUSTOMER_ID);

    takeRequest("GET", "/api/account-receivable/customers/" + CUSTOMER_ID);
    assertThat(customer.totalPiutang()).isEqualByComparingTo("0");
    assertThat(customer.canBeDeactivated()).isTrue();
  }

  @Test
  void listCustomersPutsFiltersInTheQueryAndParsesTheDocsExample() {
    enqueueFixture("receivable/list-customers.json");

    Page<Customer> page = oy.receivables().listCustomers(new CustomerFilter(0, 10,
        CustomerStatus.ACTIVE, "USER001", "Aston", TaxType.NO_TAX, PphTax.PPH_23_NON_NPWP));

    takeRequest("GET", "/api/account-receivable/customers?limit=10&offset=0&status=ACTIVE"
        + "&partner_customer_id=USER001&name=Aston&tax_type=NO_TAX&pph_tax=PPH_23_NON_NPWP");
    assertThat(page.items()).extracting(Customer::id).containsExactly(CUSTOMER_ID);
    assertThat(page.hasNextPage()).isFalse();
  }

  @Test
  void createInvoiceSendsTheDocsBodyWithWibDatesAndParsesEpochDates() {
    enqueueFixture("receivable/create-invoice.json");

    ArInvoice invoice = oy.receivables().createInvoice(docsInvoice().build());

    takeJsonRequest("POST", "/api/account-receivable/invoices",
        "{\"invoice_number\":\"INV/2022/12/210205\",\"invoice_date\":\"2022-12-21\","
            + "\"due_date\":\"2022-12-25\",\"customer_id\":\"" + CUSTOMER_ID + "\","
            + "\"expiration_date\":\"2022-12-25 12:58:01\",\"invoice_items\":[{"
            + "\"price_per_item\":25600,\"description\":\"kopi susu\",\"quantity\":4}],"
            + "\"additional_items\":[{\"description\":\"Diskon\",\"price_per_item\":-5000,"
            + "\"quantity\":1}],\"attachments\":[],\"save_as_default_message\":false,"
            + "\"payment_configuration\":{\"include_admin_fee\":true,"
            + "\"list_disabled_payment_methods\":\"OFFLINE_CASH_IN\","
            + "\"list_enabled_banks\":\"002,008,009,013,213\","
            + "\"list_enabled_ewallet\":\"shopeepay_ewallet,linkaja_ewallet,dana_ewallet\","
            + "\"list_enabled_offline_channel\":\"\"}}");
    assertThat(invoice.id()).isEqualTo(INVOICE_ID);
    assertThat(invoice.status()).isEqualTo(ArInvoiceStatus.CREATED);
    assertThat(invoice.customerId()).isNull();
    assertThat(invoice.sourceData()).isEqualTo(SourceData.API);
    assertThat(invoice.invoiceDate()).isEqualTo(LocalDate.of(2022, 12, 21));
    assertThat(invoice.dueDate()).isEqualTo(LocalDate.of(2022, 12, 25));
    assertThat(invoice.expirationDate()).isEqualTo(Instant.parse("2022-12-25T05:58:01Z"));
    assertThat(invoice.invoiceItems()).containsExactly(
        new ArInvoiceItem(new BigDecimal("25600"), "kopi susu", 4));
    assertThat(invoice.paymentUrl()).endsWith("/invoice/" + INVOICE_ID);
    assertThat(invoice.amountBilled()).isNull();
  }

  @Test
  void aLifetimeInvoiceSendsExpirationDateAsJsonNull() {
    enqueueFixture("receivable/create-invoice.json");

    oy.receivables().createInvoice(docsInvoice().expirationDate(null).build());

    assertThat(tree(takeRequest("POST", "/api/account-receivable/invoices").getBody().utf8())
        .get("expiration_date").isNull()).isTrue();
  }

  @Test
  void cancelInvoiceSendsAnEmptyPut() {
    enqueueFixture("receivable/cancel-invoice.json");

    oy.receivables().cancelInvoice(INVOICE_ID);

    assertThat(takeRequest("PUT", "/api/account-receivable/invoices/" + INVOICE_ID).getBodySize())
        .isZero();
  }

  @Test
  void getInvoiceParsesTheDocsExampleWithTextDates() {
    enqueueFixture("receivable/get-invoice.json");

    ArInvoice invoice = oy.receivables().getInvoice(INVOICE_ID);

    takeRequest("GET", "/api/account-receivable/invoices/" + INVOICE_ID);
    assertThat(invoice.status()).isEqualTo(ArInvoiceStatus.CANCELLED);
    assertThat(invoice.invoiceDate()).isEqualTo(LocalDate.of(2022, 12, 21));
    assertThat(invoice.paymentDate()).isEqualTo(Instant.parse("2022-12-20T19:22:19Z"));
    assertThat(invoice.expirationDate()).isEqualTo(Instant.parse("2022-12-25T05:58:01Z"));
    assertThat(invoice.amountBilled()).isEqualTo(new BigDecimal("93304.0000"));
    assertThat(invoice.amountReceived()).isEqualByComparingTo("0");
    assertThat(invoice.timelineInvoices()).hasSize(2);
    assertThat(invoice.timelineInvoices().get(1).status()).isEqualTo(ArInvoiceStatus.CANCELLED);
    assertThat(invoice.timelineInvoices().get(0).actionDate())
        .isEqualTo(Instant.parse("2022-12-20T19:07:00Z"));
  }

  @Test
  void listInvoicesPutsFiltersInTheQueryAndPagesByTotal() {
    enqueueFixture("receivable/list-invoices.json");

    Page<ArInvoice> page = oy.receivables().listInvoices(new ArInvoiceFilter(0, 10,
        SourceData.API, "2022", "dev 2", ArInvoiceStatus.CREATED, new BigDecimal("10000"),
        new BigDecimal("100000")));

    takeRequest("GET", "/api/account-receivable/invoices?limit=10&offset=0&source_data=API"
        + "&invoice_number=2022&customer_name=dev%202&status=CREATED&min_invoice_amount=10000"
        + "&max_invoice_amount=100000");
    assertThat(page.items()).extracting(ArInvoice::id).containsExactly(INVOICE_ID);
    assertThat(page.hasNextPage()).isFalse();
  }

  @Test
  void resendInvoicePostsTheChannel() {
    enqueueFixture("receivable/resend-invoice.json");

    oy.receivables().resendInvoice(INVOICE_ID, ResendChannel.WHATSAPP);

    takeJsonRequest("POST", "/api/account-receivable/invoices/" + INVOICE_ID + "/send",
        "{\"channel\":\"WHATSAPP\"}");
  }

  @Test
  void errorCodesMapToExceptions() {
    enqueueJson(200, "{\"success\":false,\"error\":{\"code\":\"223\",\"message\":\"Invoice status"
        + " not eligible to cancel\"},\"data\":null,\"reason\":null,\"status_code\":223}");
    enqueueJson(400, "{\"success\":false,\"error\":{\"code\":400,\"message\":\"Customer ID Not"
        + " Found\"},\"data\":null,\"reason\":\"Customer ID Not Found\",\"status_code\":400}");
    enqueueJson(200, "{\"success\":false,\"error\":{\"code\":\"300\",\"message\":\"Failed to"
        + " cancel invoice with id, please try again\"},\"data\":null,\"status_code\":300}");
    enqueueJson(200, "{\"status\":false,\"error\":{\"code\":\"204\",\"message\":\"Tx Id is not"
        + " found\"},\"data\":null,\"status_code\":204}");

    assertThatThrownBy(() -> oy.receivables().cancelInvoice(INVOICE_ID))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> oy.receivables().createInvoice(docsInvoice().build()))
        .isInstanceOf(InvalidRequestException.class)
        .satisfies(e -> assertThat(((ApiException) e).providerMessage())
            .isEqualTo("Customer ID Not Found"));
    assertThatThrownBy(() -> oy.receivables().cancelInvoice(INVOICE_ID))
        .isInstanceOf(ServerException.class);
    assertThatThrownBy(() -> oy.receivables().getInvoice(INVOICE_ID))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void badInputIsRejectedBeforeAnyRequest() {
    List<Supplier<?>> bad = List.of(
        () -> docsCustomer().name(" ").build(),
        () -> docsCustomer().taxType(null).build(),
        () -> docsCustomer().pphTax(PphTax.UNKNOWN).build(),
        () -> docsCustomer().phoneNumber("+62812").build(),
        () -> docsCustomer().email("a@b.co;b@b.co;c@b.co;d@b.co;e@b.co;f@b.co;g@b.co").build(),
        () -> {
          oy.receivables().editCustomer(CUSTOMER_ID, docsCustomer().build());
          return null;
        },
        () -> docsInvoice().dueDate(LocalDate.of(2022, 12, 20)).build(),
        () -> docsInvoice().customerId("").build(),
        () -> ArInvoiceRequest.builder().invoiceNumber("I").invoiceDate(LocalDate.of(2022, 1, 1))
            .dueDate(LocalDate.of(2022, 1, 2)).customerId("c")
            .paymentConfiguration(PaymentConfiguration.allMethods(false)).build(),
        () -> docsInvoice().addItem(ArInvoiceItem.of(-1, "x", 1)).build(),
        () -> docsInvoice().addItem(ArInvoiceItem.of(1, "x", 0)).build(),
        () -> docsInvoice().addAttachment(new byte[1]).addAttachment(new byte[1])
            .addAttachment(new byte[1]).addAttachment(new byte[1]).addAttachment(new byte[1])
            .build(),
        () -> docsInvoice().paymentConfiguration(null).build(),
        () -> new ArInvoiceFilter(0, 10, null, null, null, null, BigDecimal.TEN, BigDecimal.ONE),
        () -> new CustomerFilter(-1, 10, null, null, null, null, null));
    List<String> fields = rejectedFields(bad);

    assertThat(fields).containsExactly("name", "taxType", "pphTax", "phoneNumber", "email",
        "status", "dueDate", "customerId", "invoiceItems", "invoiceItems.pricePerItem",
        "invoiceItems.quantity", "attachments", "paymentConfiguration", "minInvoiceAmount",
        "offset");
    assertThat(server.getRequestCount()).isZero();
  }
}
