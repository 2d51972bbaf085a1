package io.github.paysdk.odeo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.paysdk.core.error.ValidationException;
import io.github.paysdk.odeo.cash.ListTransfersRequest;
import io.github.paysdk.odeo.cash.TransactionsHistoryRequest;
import io.github.paysdk.odeo.cash.TransferRequest;
import io.github.paysdk.odeo.disbursement.BankAccountInquiryRequest;
import io.github.paysdk.odeo.subuser.SubUserRequest;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad input fails before any request is sent, naming the field. */
class OdeoValidationTest {
  private static final OdeoMockServer SERVER = new OdeoMockServer();
  private static final OdeoClient ODEO = SERVER.client();

  @AfterEach
  void nothingWasSent() {
    assertThat(SERVER.tokenRequests()).isEmpty();
    assertThat(SERVER.apiRequests()).isEmpty();
  }

  @AfterAll
  static void close() {
    ODEO.close();
    SERVER.close();
  }

  static Stream<Arguments> badInput() {
    return Stream.of(
        bad("accountNumber", "non-numeric account number", () -> DisbursementServiceTest
            .exampleDisbursement().accountNumber("12345-678").build()),
        bad("accountNumber", "blank account number", () -> BankAccountInquiryRequest.builder()
            .accountNumber(" ").bankId(1).customerName("A").build()),
        bad("amount", "zero amount", () -> DisbursementServiceTest.exampleDisbursement().amount(0).build()),
        bad("amount", "negative amount", () -> DisbursementServiceTest.exampleDisbursement().amount(-5)
            .build()),
        bad("bankId", "missing bank id", () -> DisbursementServiceTest.exampleDisbursement().bankId(0)
            .build()),
        bad("customerName", "blank customer name", () -> DisbursementServiceTest.exampleDisbursement()
            .customerName("").build()),
        bad("referenceId", "reference id with a space", () -> DisbursementServiceTest
            .exampleDisbursement().referenceId("ORDER 1").build()),
        bad("referenceId", "reference id with a slash", () -> DisbursementServiceTest
            .exampleDisbursement().referenceId("R/1").build()),
        bad("referenceId", "reference id with a non-ASCII letter", () -> DisbursementServiceTest
            .exampleDisbursement().referenceId("ORDER-\u00e91").build()),
        bad("referenceId", "reference id with a percent sign", () -> DisbursementServiceTest
            .exampleDisbursement().referenceId("R%2F1").build()),
        bad("referenceId", "reference id with a question mark", () -> ODEO.disbursement()
            .getDisbursementByReferenceId("a?b")),
        bad("referenceId", "dot-only reference id", () -> ODEO.paymentGateway()
            .getPaymentByReferenceId("..")),
        bad("referenceId", "blank reference id", () -> ODEO.disbursement().getDisbursementByReferenceId(" ")),
        bad("disbursementId", "blank disbursement id", () -> ODEO.disbursement().getDisbursement("")),
        bad("disbursementId", "non-numeric disbursement id", () -> ODEO.disbursement()
            .getDisbursement("12a")),
        bad("paymentId", "blank payment id", () -> ODEO.paymentGateway().getPayment(" ")),
        bad("disbursementId/referenceId", "both ids", () -> ODEO.disbursement().getDisbursement("1", "R")),
        bad("disbursementId/referenceId", "neither id", () -> ODEO.disbursement()
            .getDisbursement(null, " ")),
        bad("paymentId/referenceId", "both payment ids", () -> ODEO.paymentGateway().getPayment("1", "R")),
        bad("paymentId/referenceId", "neither payment id", () -> ODEO.paymentGateway()
            .getPayment(null, null)),
        bad("amount", "zero transfer amount", () -> TransferRequest.builder().receiverUserId(1).amount(0)
            .referenceId("R").build()),
        bad("receiverUserId", "missing receiver", () -> TransferRequest.builder().amount(1)
            .referenceId("R").build()),
        bad("referenceId", "transfer reference id outside the safe set", () -> TransferRequest.builder()
            .receiverUserId(1).amount(1).referenceId("R#1").build()),
        bad("requests", "no transfers", () -> ODEO.cash().createBulkTransfers(List.of())),
        bad("referenceIds[1]", "bad reference id filter", () -> ListTransfersRequest.builder()
            .referenceIds("OK", "not ok").build()),
        bad("startDate", "start after end", () -> ListTransfersRequest.builder()
            .startDate(Instant.ofEpochSecond(2)).endDate(Instant.ofEpochSecond(1)).build()),
        bad("userIds", "empty sub-user list", () -> TransactionsHistoryRequest.builder()
            .userIds(List.of()).build()),
        bad("amount", "zero top-up", () -> ODEO.cash().createVaTopup(0)),
        bad("userId", "zero user id", () -> ODEO.cash().getBalance(0)),
        bad("email", "blank email", () -> new SubUserRequest(" ", "A", "0812")),
        bad("phoneNumber", "missing phone", () -> new SubUserRequest("a@b.c", "A", null)),
        bad("userId", "bad sub-user id", () -> ODEO.subUser().updateSubUser(-1,
            new SubUserRequest("a@b.c", "A", "0812"))));
  }

  private static Arguments bad(String field, String description, Executable call) {
    return Arguments.of(description, field, call);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInput")
  void rejectedBeforeAnyRequest(String description, String field, Executable call) {
    ValidationException e = catchThrowableOfType(ValidationException.class, call::execute);

    assertThat(e).as(description).isNotNull();
    assertThat(e.field()).isEqualTo(field);
    assertThat(e.getMessage()).startsWith(field + " ");
  }
}
