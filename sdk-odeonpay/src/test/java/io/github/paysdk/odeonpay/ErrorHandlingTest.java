package io.github.paysdk.odeonpay;

import io.github.paysdk.odeonpay.error.DuplicateInvoiceException;
import io.github.paysdk.odeonpay.error.RequestRejectedException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.paysdk.core.error.ApiConnectionException;
import io.github.paysdk.core.error.AuthenticationException;
import io.github.paysdk.core.error.MalformedResponseException;
import io.github.paysdk.core.error.ServerException;
import io.github.paysdk.odeonpay.model.Transaction;
import io.github.paysdk.odeonpay.model.TransactionStatus;
import io.github.paysdk.odeonpay.payments.Card;
import io.github.paysdk.odeonpay.payments.ChargeRequest;
import io.github.paysdk.odeonpay.payments.ChargeResult;
import java.math.BigDecimal;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;

class ErrorHandlingTest extends OdeonPayServerTest {

  private static ChargeRequest charge(String invoiceId) {
    return ChargeRequest.builder()
        .amount("40.11").currency("EUR").name("John Doe").description("Payment").ip("10.0.0.1")
        .invoiceId(invoiceId)
        .card(Card.of("4242424242424242", "123", 12, 2049))
        .build();
  }

  private void enqueueDisconnectAfterRequest() {
    server.enqueue(new MockResponse.Builder()
        .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
        .build());
  }

  @Test
  void unauthorizedIsAnAuthenticationExceptionWithTheMessage() {
    enqueue(401, "{\"success\":false,\"message\":\"Unauthorized\"}");

    AuthenticationException e = catchThrowableOfType(AuthenticationException.class, () -> client.test());

    assertThat(e.httpStatus()).isEqualTo(401);
    assertThat(e.providerMessage()).isEqualTo("Unauthorized");
  }

  @Test
  void unauthorizedWithoutABodyIsStillTyped() {
    enqueue(401, "");

    assertThat(catchThrowableOfType(AuthenticationException.class, () -> client.test()).providerMessage())
        .isNull();
  }

  @Test
  void capitalisedRejectionEnvelopeIsARequestRejectedException() {
    enqueueFixture("rejected-capitalised.json");

    RequestRejectedException e =
        catchThrowableOfType(RequestRejectedException.class, () -> client.payments().charge(charge("1")));

    assertThat(e.httpStatus()).isEqualTo(200);
    assertThat(e.providerMessage()).isEqualTo("Invalid Amount value");
    assertThat(e.isOutcomeUnknown()).isFalse();
    assertThat(e).hasMessageContaining("Invalid Amount value");
  }

  @Test
  void capitalisedSuccessEnvelopeIsRead() {
    enqueue(200, "{\"Success\": true, \"Message\": \"Test message success\"}");

    assertThat(client.test()).isEqualTo("Test message success");
  }

  @Test
  void htmlErrorPageOnAChargeIsAServerErrorWithUnknownOutcomeAndNoRetry() {
    enqueue(502, "<html><body><h1>502 Bad Gateway</h1></body></html>");

    ServerException e = catchThrowableOfType(ServerException.class, () -> client.payments().charge(charge("inv-9")));

    assertThat(e.httpStatus()).isEqualTo(502);
    assertThat(e.isOutcomeUnknown()).isTrue();
    assertThat(e.lookupKey()).isEqualTo("inv-9");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void htmlErrorPagesOnAStatusReadAreRetried() {
    enqueue(503, "<html>busy</html>");
    enqueueFixture("status.json");

    assertThat(client.payments().status(144221).transactionId()).isEqualTo(144221L);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void truncatedJsonAfterAChargeIsMalformedWithUnknownOutcome() {
    enqueue(200, "{\"success\":true,\"model\":{\"transactionId\":");

    MalformedResponseException e =
        catchThrowableOfType(MalformedResponseException.class, () -> client.payments().charge(charge("inv-7")));

    assertThat(e.isOutcomeUnknown()).isTrue();
    assertThat(e.lookupKey()).isEqualTo("inv-7");
  }

  @Test
  void successWithoutTheDocumentedPayloadIsMalformed() {
    enqueue(200, "{\"success\":true,\"message\":null}");

    assertThat(catchThrowableOfType(MalformedResponseException.class, () -> client.payments().status(1)))
        .hasMessageContaining("model");
  }

  @Test
  void unknownStatusAndOperationCodesAreKeptRaw() {
    enqueue(200, "{\"success\":true,\"model\":{\"transactionId\":1,\"statusCode\":42,\"status\":\"Reversed\","
        + "\"operationTypeCode\":9,\"operationType\":\"Chargeback\"}}");

    Transaction transaction = client.payments().status(1);

    assertThat(transaction.transactionStatus()).isEqualTo(TransactionStatus.UNKNOWN);
    assertThat(transaction.statusCode()).isEqualTo(42);
    assertThat(transaction.status()).isEqualTo("Reversed");
    assertThat(transaction.operationType()).isEqualTo("Chargeback");
  }

  @Test
  void idsAsStringsAndInvoiceIdsAsNumbersAreAccepted() {
    enqueue(200, "{\"success\":true,\"model\":{\"transactionId\":\"144221\",\"invoiceId\":11928485,"
        + "\"amount\":\"12.30\",\"statusCode\":\"4\"}}");

    Transaction transaction = client.payments().status(144221);

    assertThat(transaction.transactionId()).isEqualTo(144221L);
    assertThat(transaction.invoiceId()).isEqualTo("11928485");
    assertThat(transaction.amount()).isEqualTo(new BigDecimal("12.30"));
    assertThat(transaction.transactionStatus()).isEqualTo(TransactionStatus.COMPLETED);
  }

  @Test
  void duplicateInvoiceDeclineIsAnExceptionToLookUpByInvoice() {
    enqueue(200, "{\"success\":false,\"message\":\"Duplicate invoice ID\",\"model\":{\"transactionId\":501167,"
        + "\"invoiceId\":\"1781\",\"statusCode\":99,\"status\":\"Declined\",\"reasonCode\":6002,"
        + "\"reason\":\"Duplicate invoice ID\"}}");

    DuplicateInvoiceException e =
        catchThrowableOfType(DuplicateInvoiceException.class, () -> client.payments().charge(charge("1781")));

    assertThat(e.lookupKey()).isEqualTo("1781");
    assertThat(e.isOutcomeUnknown()).isTrue();
    assertThat(e.providerCode()).isEqualTo("6002");
    assertThat(e.duplicate().transactionId()).isEqualTo(501167L);
  }

  @Test
  void chargeIsNotResentAfterTheConnectionDropsWithoutDuplicateProtection() {
    enqueueDisconnectAfterRequest();
    enqueueFixture("charge-completed.json");

    ApiConnectionException e =
        catchThrowableOfType(ApiConnectionException.class, () -> client.payments().charge(charge("inv-1")));

    assertThat(e.isOutcomeUnknown()).isTrue();
    assertThat(e.lookupKey()).isEqualTo("inv-1");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void chargeWithInvoiceIdIsResentWithTheSameBytesWhenDuplicateProtectionIsOn() throws Exception {
    try (OdeonPayClient protectedClient = clientBuilder().invoiceDuplicateProtection(true).build()) {
      enqueueDisconnectAfterRequest();
      enqueueFixture("charge-completed.json");

      ChargeResult result = protectedClient.payments().charge(charge("inv-2"));

      assertThat(result).isInstanceOf(ChargeResult.Completed.class);
      String first = take().getBody().utf8();
      assertThat(take().getBody().utf8()).isEqualTo(first).contains("\"invoiceId\":\"inv-2\"");
    }
  }

  @Test
  void chargeWithoutInvoiceIdIsNotResentEvenWithDuplicateProtection() {
    try (OdeonPayClient protectedClient = clientBuilder().invoiceDuplicateProtection(true).build()) {
      enqueueDisconnectAfterRequest();

      ApiConnectionException e = catchThrowableOfType(ApiConnectionException.class,
          () -> protectedClient.payments().charge(charge(null)));

      assertThat(e.isOutcomeUnknown()).isTrue();
      assertThat(server.getRequestCount()).isEqualTo(1);
    }
  }

  @Test
  void refundIsNeverResentAndNamesThePaymentToLookUp() {
    try (OdeonPayClient protectedClient = clientBuilder().invoiceDuplicateProtection(true).build()) {
      enqueueDisconnectAfterRequest();

      ApiConnectionException e = catchThrowableOfType(ApiConnectionException.class,
          () -> protectedClient.payments().refund(524, new BigDecimal("1.00")));

      assertThat(e.isOutcomeUnknown()).isTrue();
      assertThat(e.lookupKey()).isEqualTo("524");
      assertThat(server.getRequestCount()).isEqualTo(1);
    }
  }
}
