package io.github.paysdk.oy.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.paysdk.core.error.AuthenticationException;
import io.github.paysdk.core.error.ConflictException;
import io.github.paysdk.core.error.NotFoundException;
import io.github.paysdk.core.error.PaySdkException;
import io.github.paysdk.core.error.PermissionException;
import io.github.paysdk.oy.OyTestSupport;
import io.github.paysdk.oy.model.SettlementStatus;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class PaymentCheckoutServiceTest extends OyTestSupport {

  private static CreatePaymentLinkRequest.Builder docsLink() {
    return CreatePaymentLinkRequest.builder()
        .partnerTxId("partnerTxId").childBalance("child123").description("description")
        .notes("notes").senderName("Sender name").amount(50_000)
        .email("johndoe@gmail.com;jane@gmail.com").open(false).includeAdminFee(false)
        // 2020-08-08 08:09:12 WIB
        .expiration(Instant.parse("2020-08-08T01:09:12Z")).vaDisplayName("Display Name on VA");
  }

  @Test
  void createPaymentLinkSendsTheDocsBodyAndParsesTheDocsExample() {
    // OY's example lacks a comma after payment_link_id (kept verbatim beside the fixture).
    enqueueFixture("checkout/create-v2.json");

    PaymentLink link = oy.checkout().createPaymentLink(docsLink().build());

    takeJsonRequest("POST", "/api/payment-checkout/create-v2", "{\"partner_tx_id\":\"partnerTxId\","
        + "\"child_balance\":\"child123\",\"description\":\"description\",\"notes\":\"notes\","
        + "\"sender_name\":\"Sender name\",\"amount\":50000,"
        + "\"email\":\"johndoe@gmail.com;jane@gmail.com\",\"is_open\":false,"
        + "\"include_admin_fee\":false,\"list_disabled_payment_methods\":\"\","
        + "\"list_enabled_banks\":\"\",\"list_enabled_ewallet\":\"\","
        + "\"expiration\":\"2020-08-08 08:09:12\",\"va_display_name\":\"Display Name on VA\"}");
    assertThat(link.url()).isEqualTo("https://pay.oyindonesia.com/id");
    assertThat(link.paymentLinkId()).isEqualTo("id");
    assertThat(link.childBalance()).isEqualTo("child123");
    assertThat(link.message()).isEqualTo("success");
    assertThat(link.emailStatus()).isEqualTo("PROCESSED");
  }

  @Test
  void createPaymentLinkJoinsMethodBankAndEwalletLists() {
    enqueueFixture("checkout/create-v2.json");

    oy.checkout().createPaymentLink(CreatePaymentLinkRequest.builder()
        .senderName("Budi").amount(10_000).open(true).includeAdminFee(true)
        .phoneNumber("085712163208")
        .disablePaymentMethods(DisabledPaymentMethod.CREDIT_CARD, DisabledPaymentMethod.QRIS)
        .enabledBanks("002", "008").enabledEwallets("shopeepay_ewallet").build());

    takeJsonRequest("POST", "/api/payment-checkout/create-v2", "{\"sender_name\":\"Budi\","
        + "\"amount\":10000,\"phone_number\":\"085712163208\",\"is_open\":true,"
        + "\"include_admin_fee\":true,\"list_disabled_payment_methods\":\"CREDIT_CARD,QRIS\","
        + "\"list_enabled_banks\":\"002,008\",\"list_enabled_ewallet\":\"shopeepay_ewallet\"}");
  }

  @Test
  void createInvoiceSendsOneFlatBodyAndParsesTheDocsExample() {
    enqueueFixture("checkout/create-invoice.json");

    PaymentLink invoice = oy.checkout().createInvoice(CreateCheckoutInvoiceRequest.builder(
            CreatePaymentLinkRequest.builder().partnerTxId("inv1").description("desc invoice")
                .notes("notes satu").senderName("Sender Name API").amount(30_000).open(true)
                .includeAdminFee(false).enabledBanks("013")
                .expiration(Instant.parse("2020-07-28T12:15:13Z")).build())
        .dueDate(Instant.parse("2020-07-28T11:00:00Z"))
        .partnerUserId("partner user id").fullName("Raymond").vaLifetime(false)
        .addItem(new InvoiceItem("item name", "description", 10, LocalDate.of(2020, 9, 20), 33_000))
        .attachment("%PDF-1".getBytes(StandardCharsets.US_ASCII))
        .build());

    takeJsonRequest("POST", "/api/payment-checkout/create-invoice", "{\"partner_tx_id\":\"inv1\","
        + "\"description\":\"desc invoice\",\"notes\":\"notes satu\","
        + "\"sender_name\":\"Sender Name API\",\"amount\":30000,\"is_open\":true,"
        + "\"include_admin_fee\":false,\"list_disabled_payment_methods\":\"\","
        + "\"list_enabled_banks\":\"013\",\"list_enabled_ewallet\":\"\","
        + "\"expiration\":\"2020-07-28 19:15:13\",\"due_date\":\"2020-07-28 18:00:00\","
        + "\"partner_user_id\":\"partner user id\",\"full_name\":\"Raymond\","
        + "\"is_va_lifetime\":false,\"invoice_items\":[{\"item\":\"item name\","
        + "\"description\":\"description\",\"quantity\":10,\"date_of_purchase\":\"2020-09-20\","
        + "\"price_per_item\":33000}],\"attachment\":\"JVBERi0x\"}");
    assertThat(invoice.url()).isEqualTo("https://pay.oyindonesia.com/invoice/id");
    assertThat(invoice.paymentLinkId()).isEqualTo("id");
  }

  @Test
  void statusSendsTheQueryAndParsesTheDocsExample() {
    enqueueFixture("checkout/status.json");

    PaymentStatus status = oy.checkout().status("partner000001");

    takeRequest("GET",
        "/api/payment-checkout/status?partner_tx_id=partner000001&send_callback=false");
    assertThat(status.partnerTxId()).isEqualTo("partner000001");
    assertThat(status.txRefNumber()).isEqualTo("1234567");
    assertThat(status.childBalance()).isEqualTo("child123");
    assertThat(status.amount()).isEqualByComparingTo("15000");
    assertThat(status.senderName()).isEqualTo("Budi");
    assertThat(status.senderPhone()).isEqualTo("+6281111111");
    assertThat(status.status()).isEqualTo(PaymentLinkStatus.SUCCESS);
    assertThat(status.status().isPaid()).isTrue();
    assertThat(status.settlementType()).isEqualTo(SettlementType.REALTIME);
    assertThat(status.senderBank()).isEqualTo("008");
    assertThat(status.paymentMethod()).isEqualTo(PaymentMethod.CC);
    assertThat(status.created()).isEqualTo(Instant.parse("2021-01-12T09:25:33Z"));
    assertThat(status.paidAmount()).isEqualByComparingTo("100000");
    assertThat(status.expiration()).isEqualTo(Instant.parse("2021-01-13T09:25:14Z"));
    assertThat(status.dueDate()).isEqualTo(Instant.parse("2021-01-13T08:00:00Z"));
    assertThat(status.isInvoice()).isFalse();
    assertThat(status.updated()).isEqualTo(Instant.parse("2021-01-12T09:26:17Z"));
    assertThat(status.settlementTime()).isEqualTo(Instant.parse("2021-01-13T08:00:00Z"));
    assertThat(status.settlementStatus()).isEqualTo(SettlementStatus.WAITING);
  }

  @Test
  void statusAcceptsADataWrappedAnswerAndLooksUpByQrisReference() {
    enqueueJson(200, "{\"success\":true,\"status_code\":200,\"data\":{\"partner_tx_id\":\"p1\","
        + "\"status\":\"COMPLETE\",\"amount\":\"20000\"}}");

    PaymentStatus status = oy.checkout().statusByReference("QR123", true);

    takeRequest("GET",
        "/api/payment-checkout/status?payment_reference_number=QR123&send_callback=true");
    assertThat(status.status()).isEqualTo(PaymentLinkStatus.COMPLETE);
    assertThat(status.amount()).isEqualByComparingTo("20000");
  }

  @Test
  void deleteSendsADeleteAndParsesTheDocsExample() {
    enqueueFixture("checkout/delete.json");

    String message = oy.checkout().delete("4fce3338-e2b7-400d-98d1-f117c0e0fcb4");

    takeRequest("DELETE", "/api/payment-checkout/4fce3338-e2b7-400d-98d1-f117c0e0fcb4");
    assertThat(message).isEqualTo("success delete payment checkout data");
  }

  @Test
  void getParsesTheMixedCaseDocsExampleAndDecodesTheItems() {
    enqueueFixture("checkout/get.json");

    PaymentLinkDetails details = oy.checkout().get("aa2d30f7-6e45-464b-bd4f-7e042f7e114b");

    takeRequest("GET", "/api/payment-checkout/aa2d30f7-6e45-464b-bd4f-7e042f7e114b");
    assertThat(details.partnerTxId()).isEqualTo("abc10");
    assertThat(details.childBalance()).isEqualTo("child123");
    assertThat(details.paymentLinkId()).isEqualTo("703e05c0-48e3-47bd-9c22-670941d4d5fe");
    assertThat(details.amount()).isEqualByComparingTo("15000");
    assertThat(details.username()).isEqualTo("justkhals");
    assertThat(details.senderName()).isEqualTo("John Doe");
    assertThat(details.status()).isEqualTo(PaymentLinkStatus.CREATED);
    assertThat(details.isOpen()).isTrue();
    assertThat(details.phoneNumber()).isEqualTo("085248395555");
    assertThat(details.includeAdminFee()).isFalse();
    assertThat(details.listEnabledBanks()).isEqualTo("008");
    assertThat(details.expirationTime()).isEqualTo(Instant.parse("2020-08-11T17:00:00Z"));
    assertThat(details.dueDate()).isEqualTo(Instant.parse("2020-08-11T05:00:00Z"));
    PaymentLinkDetails.InvoiceData invoice = details.invoiceData();
    assertThat(invoice.fullName()).isEqualTo("John Dooe");
    assertThat(invoice.isVaLifetime()).isFalse();
    assertThat(invoice.invoiceItems()).containsExactly(new PurchasedItem("Semen Gresik", "Grade B",
        2000, new BigDecimal("2250000"), Instant.parse("2020-06-01T00:00:00Z")));
  }

  @Test
  void failureMessagesMapToExceptionTypes() {
    enqueueJson(200, "{\"status\":false,\"message\":\"The payment_link_id or partner_trx_id cannot"
        + " be found in our system\"}");
    enqueueJson(200, "{\"status\":false,\"message\":\"Cannot delete payment link status other than"
        + " CREATED/INITIATIED\"}");
    enqueueJson(200, "{\"status\":false,\"message\":\"Invalid API Key\"}");
    enqueueJson(200, "{\"status\":false,\"message\":\"Invalid IP Address\"}");
    enqueueJson(200, "{\"status\":false,\"message\":\"Username is not found\"}");
    enqueueJson(200, "{\"status\":false,\"message\":\"User does not have access to the payment"
        + " link\"}");

    assertThatThrownBy(() -> oy.checkout().get("x")).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> oy.checkout().delete("x")).isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> oy.checkout().get("x")).isInstanceOf(AuthenticationException.class);
    assertThatThrownBy(() -> oy.checkout().get("x")).isInstanceOf(PermissionException.class);
    assertThatThrownBy(() -> oy.checkout().get("x")).isInstanceOf(AuthenticationException.class);
    assertThatThrownBy(() -> oy.checkout().get("x")).isInstanceOf(PermissionException.class);
  }

  @Test
  void aFailedCreateIsNotOutcomeUnknownButA500Is() {
    enqueueJson(200, "{\"status\":false,\"message\":\"Invalid amount\"}");
    enqueueJson(500, "<html>error</html>");

    assertThatThrownBy(() -> oy.checkout().createPaymentLink(docsLink().build()))
        .satisfies(e -> assertThat(((PaySdkException) e).isOutcomeUnknown()).isFalse());
    assertThatThrownBy(() -> oy.checkout().createPaymentLink(docsLink().build()))
        .satisfies(e -> {
          assertThat(((PaySdkException) e).isOutcomeUnknown()).isTrue();
          assertThat(((PaySdkException) e).lookupKey()).isEqualTo("partnerTxId");
        });
  }

  @Test
  void unknownStatusValuesDoNotCrash() {
    enqueueJson(200, "{\"partner_tx_id\":\"p1\",\"status\":\"refunded\",\"payment_method\":\"PAYLATER\","
        + "\"settlement_type\":\"weekly\"}");

    PaymentStatus status = oy.checkout().status("p1");

    assertThat(status.status()).isEqualTo(PaymentLinkStatus.UNKNOWN);
    assertThat(status.paymentMethod()).isEqualTo(PaymentMethod.UNKNOWN);
    assertThat(status.settlementType()).isEqualTo(SettlementType.UNKNOWN);
  }

  @Test
  void badInputIsRejectedBeforeAnyRequest() {
    List<Supplier<?>> bad = List.of(
        () -> docsLink().amount(9_999).build(),
        () -> docsLink().senderName("Budi 2").build(),
        () -> docsLink().senderName("").build(),
        () -> docsLink().partnerTxId("has space").build(),
        () -> docsLink().partnerTxId(null).build(),
        () -> docsLink().description("50% off!").build(),
        () -> docsLink().email("a@b.co;b@b.co;c@b.co;d@b.co").build(),
        () -> docsLink().phoneNumber("+62812").build(),
        () -> docsLink().enabledBanks("999").build(),
        () -> docsLink().enabledEwallets("gopay").build(),
        () -> docsLink().disablePaymentMethods(DisabledPaymentMethod.values()).build(),
        () -> CreatePaymentLinkRequest.builder().senderName("Budi").amount(10_000).build(),
        () -> CreateCheckoutInvoiceRequest.builder(docsLink().build())
            .dueDate(Instant.parse("2020-08-09T00:00:00Z")).build(),
        () -> CreateCheckoutInvoiceRequest.builder(docsLink().build()).vaLifetime(true).build(),
        () -> new InvoiceItem("x", "y", 0, null, 1),
        () -> oy.checkout().status(""),
        () -> oy.checkout().get("a/b"));
    List<String> fields = rejectedFields(bad);

    assertThat(fields).containsExactly("amount", "senderName", "senderName", "partnerTxId",
        "partnerTxId", "description", "email", "phoneNumber", "enabledBanks", "enabledEwallets",
        "disabledPaymentMethods", "isOpen", "dueDate", "partnerUserId", "invoiceItems.quantity",
        "partnerTxId", "paymentLinkIdOrPartnerTxId");
    assertThat(server.getRequestCount()).isZero();
  }
}
