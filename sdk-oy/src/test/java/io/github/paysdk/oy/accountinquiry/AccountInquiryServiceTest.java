package io.github.paysdk.oy.accountinquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.paysdk.core.error.ConflictException;
import io.github.paysdk.core.error.InsufficientFundsException;
import io.github.paysdk.core.error.NotFoundException;
import io.github.paysdk.core.error.PaySdkException;
import io.github.paysdk.core.error.PermissionException;
import io.github.paysdk.core.error.ServerException;
import io.github.paysdk.core.error.ValidationException;
import io.github.paysdk.core.paging.Page;
import io.github.paysdk.oy.model.OyOutcome;
import io.github.paysdk.oy.OyTestSupport;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountInquiryServiceTest extends OyTestSupport {

  @Test
  void inquirePostsBankCodeAndAccountNumberAndParsesTheDocsExample() {
    enqueueFixture("accountinquiry/inquiry.json");

    AccountInquiry result = oy.accountInquiry().inquire("014", "1239812390");

    takeJsonRequest("POST", "/api/account-inquiry",
        "{\"bank_code\":\"014\",\"account_number\":\"1239812390\"}");
    assertThat(result.accountFound()).isTrue();
    assertThat(result.outcome()).isEqualTo(OyOutcome.SUCCESS);
    assertThat(result.status().message()).isEqualTo("Success");
    assertThat(result.bankCode()).isEqualTo("014");
    assertThat(result.accountNumber()).isEqualTo("1239812390");
    assertThat(result.accountName()).isEqualTo("John Doe");
    assertThat(result.id()).isEqualTo("59e11245-4b36-4ed7-97be-0c501b8ae3c8");
    assertThat(result.invoiceId()).isEqualTo("c0503fa6-a5b3-4816-bc07-241473357f58");
    assertThat(result.timestamp()).isEqualTo(Instant.parse("2020-11-19T17:01:17Z"));
  }

  @Test
  void accountNotFoundIsABilledResultNotAnException() {
    enqueueJson(200, "{\"status\":{\"code\":\"209\",\"message\":\"Request is Rejected (Bank Account"
        + " is not found)\"},\"bank_code\":\"014\",\"account_number\":\"1\",\"id\":\"abc\"}");

    AccountInquiry result = oy.accountInquiry().inquire("014", "1");

    assertThat(result.accountFound()).isFalse();
    assertThat(result.outcome()).isEqualTo(OyOutcome.FAILED);
    assertThat(result.id()).isEqualTo("abc");
  }

  @Test
  void unpaidInvoicesBlockInquiries() {
    enqueueStatus("232", "Request is Rejected (User has unpaid invoices)");

    assertThatThrownBy(() -> oy.accountInquiry().inquire("014", "1239812390"))
        .isInstanceOf(PermissionException.class)
        .hasMessageContaining("232")
        .hasMessageContaining("unpaid invoices");
  }

  @Test
  void listInvoicesSendsOffsetLimitStatusAndParsesTheDocsExample() {
    enqueueFixture("accountinquiry/invoices.json");

    Page<InquiryInvoice> page = oy.accountInquiry().listInvoices(0, 3, InquiryInvoiceStatus.UNPAID);

    takeRequest("GET", "/api/account-inquiry/invoices?offset=0&limit=3&status=UNPAID");
    assertThat(page.items()).hasSize(3);
    assertThat(page.hasNextPage()).isFalse();
    InquiryInvoice first = page.items().get(0);
    assertThat(first.invoiceId()).isEqualTo("e972bfcb-fcc4-4732-8887-91a589a0b54a");
    assertThat(first.txDate()).isEqualTo(LocalDate.of(2020, 12, 3));
    assertThat(first.amount()).isEqualByComparingTo("2000");
    assertThat(first.totalInquiry()).isEqualTo(2);
    assertThat(first.paidAt()).isNull();
    assertThat(first.invoiceStatus()).isEqualTo(InquiryInvoiceStatus.INITIATED);
    assertThat(first.dueAt()).isEqualTo(Instant.parse("2020-12-04T16:59:59Z"));
    assertThat(page.items().get(2).paidAt()).isEqualTo(Instant.parse("2020-12-02T08:00:00Z"));
    assertThat(page.items().get(2).invoiceStatus()).isEqualTo(InquiryInvoiceStatus.PAID);
  }

  @Test
  void listInvoicesAutoPagesUntilTheTotal() {
    String item = "{\"invoice_id\":\"%s\",\"amount\":1000,\"invoice_status\":\"paid\"}";
    enqueueJson(200, "{\"total\":3,\"status\":{\"code\":\"000\",\"message\":\"Success\"},\"data\":["
        + item.formatted("a") + "," + item.formatted("b") + "]}");
    enqueueJson(200, "{\"total\":3,\"status\":{\"code\":\"000\",\"message\":\"Success\"},\"data\":["
        + item.formatted("c") + "]}");

    List<String> ids = new ArrayList<>();
    oy.accountInquiry().listInvoices(0, 2, null).autoPagingIterable()
        .forEach(invoice -> ids.add(invoice.invoiceId()));

    assertThat(ids).containsExactly("a", "b", "c");
    takeRequest("GET", "/api/account-inquiry/invoices?offset=0&limit=2");
    takeRequest("GET", "/api/account-inquiry/invoices?offset=2&limit=2");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void getInvoiceParsesTheDocsExample() {
    enqueueFixture("accountinquiry/invoice.json");

    InquiryInvoice invoice = oy.accountInquiry().getInvoice("e972bfcb-fcc4-4732-8887-91a589a0b54a");

    takeRequest("GET", "/api/account-inquiry/invoices/e972bfcb-fcc4-4732-8887-91a589a0b54a");
    assertThat(invoice.status().code()).isEqualTo("000");
    assertThat(invoice.amount()).isEqualTo(new BigDecimal("2000.0000"));
    assertThat(invoice.timestamp()).isEqualTo(Instant.parse("2020-12-03T17:01:17Z"));
  }

  @Test
  void unknownInvoiceIsNotFound() {
    enqueueStatus("204", "Request is Rejected (Invoice ID is not found)");

    assertThatThrownBy(() -> oy.accountInquiry().getInvoice("nope"))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void payInvoicePostsTheIdAndParsesTheDocsExample() {
    enqueueFixture("accountinquiry/pay-invoice.json");

    InquiryInvoice paid = oy.accountInquiry().payInvoice("53f48b8a-1f53-4f56-aa91-7b32414a7513");

    takeJsonRequest("POST", "/api/account-inquiry/invoices/pay",
        "{\"invoice_id\":\"53f48b8a-1f53-4f56-aa91-7b32414a7513\"}");
    assertThat(paid.invoiceStatus()).isEqualTo(InquiryInvoiceStatus.PAID);
    assertThat(paid.paidAt()).isEqualTo(Instant.parse("2020-12-03T01:01:18Z"));
  }

  @Test
  void payInvoiceMapsBalanceAndStatusCodes() {
    enqueueStatus("206", "Failed doing payment (Balance is not enough)");
    enqueueStatus("300", "Failed doing payment (invoice is not on UNPAID status)");

    assertThatThrownBy(() -> oy.accountInquiry().payInvoice("x"))
        .isInstanceOf(InsufficientFundsException.class);
    assertThatThrownBy(() -> oy.accountInquiry().payInvoice("x"))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void code999OnPayingIsOutcomeUnknownButOnAReadIsJustRetryable() {
    enqueueStatus("999", "Internal server error");
    enqueueStatus("999", "Internal server error");

    assertThatThrownBy(() -> oy.accountInquiry().payInvoice("inv-1"))
        .isInstanceOf(ServerException.class)
        .satisfies(e -> {
          assertThat(((PaySdkException) e).isOutcomeUnknown()).isTrue();
          assertThat(((PaySdkException) e).lookupKey()).isEqualTo("inv-1");
        });
    assertThatThrownBy(() -> oy.accountInquiry().getInvoice("inv-1"))
        .isInstanceOf(ServerException.class)
        .satisfies(e -> assertThat(((PaySdkException) e).isOutcomeUnknown()).isFalse());
  }

  @Test
  void badInputIsRejectedBeforeAnyRequest() {
    assertThatThrownBy(() -> oy.accountInquiry().inquire("14", "1239812390"))
        .isInstanceOf(ValidationException.class).hasMessageStartingWith("bankCode");
    assertThatThrownBy(() -> oy.accountInquiry().inquire("014", "12-39"))
        .isInstanceOf(ValidationException.class).hasMessageStartingWith("accountNumber");
    assertThatThrownBy(() -> oy.accountInquiry().inquire("014", "1".repeat(256)))
        .isInstanceOf(ValidationException.class).hasMessageStartingWith("accountNumber");
    assertThatThrownBy(() -> oy.accountInquiry().listInvoices(-1, 10, null))
        .isInstanceOf(ValidationException.class).hasMessageStartingWith("offset");
    assertThatThrownBy(() -> oy.accountInquiry().payInvoice(" "))
        .isInstanceOf(ValidationException.class).hasMessageStartingWith("invoiceId");
    assertThat(server.getRequestCount()).isZero();
  }
}
