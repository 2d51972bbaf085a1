package io.github.paysdk.odero;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.paysdk.core.error.ApiConnectionException;
import io.github.paysdk.core.error.ApiException;
import io.github.paysdk.core.error.AuthenticationException;
import io.github.paysdk.core.error.ConflictException;
import io.github.paysdk.core.error.InsufficientFundsException;
import io.github.paysdk.core.error.InvalidRequestException;
import io.github.paysdk.core.error.MalformedResponseException;
import io.github.paysdk.core.error.NotFoundException;
import io.github.paysdk.core.error.PaySdkException;
import io.github.paysdk.core.error.PermissionException;
import io.github.paysdk.core.error.RateLimitException;
import io.github.paysdk.core.error.ServerException;
import io.github.paysdk.odero.error.OderoApiException;
import io.github.paysdk.odero.error.OderoAuthenticationException;
import io.github.paysdk.odero.error.OderoConflictException;
import io.github.paysdk.odero.error.OderoFailure;
import io.github.paysdk.odero.error.OderoInsufficientFundsException;
import io.github.paysdk.odero.error.OderoInvalidRequestException;
import io.github.paysdk.odero.error.OderoNotFoundException;
import io.github.paysdk.odero.error.OderoPaymentException;
import io.github.paysdk.odero.error.OderoPermissionException;
import io.github.paysdk.odero.error.OderoRateLimitException;
import io.github.paysdk.odero.error.OderoServerException;
import io.github.paysdk.odero.error.PaymentErrorGroup;
import io.github.paysdk.odero.refund.RefundPaymentRequest;
import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorMappingTest {
  private final MockOdero odero = new MockOdero();

  @AfterEach
  void close() {
    odero.close();
  }

  private static String envelope(String code, String description, String group) {
    return "{\"errors\":{\"errorCode\":\"" + code + "\",\"errorDescription\":\"" + description + "\""
        + (group == null ? "" : ",\"errorGroup\":\"" + group + "\"") + "}}";
  }

  private PaySdkException retrieveFails() {
    return catchThrowableOfType(PaySdkException.class, () -> odero.client.paymentReporting().retrievePayment(7));
  }

  private PaySdkException refundFails() {
    return catchThrowableOfType(PaySdkException.class,
        () -> odero.client.refunds().refundPayment(RefundPaymentRequest.of(7, "refund-7")));
  }

  @ParameterizedTest
  @CsvSource({
      "400, io.github.paysdk.odero.error.OderoInvalidRequestException",
      "422, io.github.paysdk.odero.error.OderoInvalidRequestException",
      "401, io.github.paysdk.odero.error.OderoAuthenticationException",
      "403, io.github.paysdk.odero.error.OderoPermissionException",
      "404, io.github.paysdk.odero.error.OderoNotFoundException",
      "409, io.github.paysdk.odero.error.OderoConflictException",
      "500, io.github.paysdk.odero.error.OderoServerException",
      "418, io.github.paysdk.odero.error.OderoApiException"})
  void envelopeErrorsBecomeOderoExceptionsByStatus(int status, String type) {
    odero.enqueue(status, envelope("1001", "Something is wrong", null));

    PaySdkException e = retrieveFails();

    assertThat(e.getClass().getName()).isEqualTo(type);
    OderoFailure failure = (OderoFailure) e;
    assertThat(failure.errorCode()).isEqualTo("1001");
    assertThat(failure.errorDescription()).isEqualTo("Something is wrong");
    assertThat(failure.errorGroup()).isNull();
    assertThat(((ApiException) e).httpStatus()).isEqualTo(status);
    assertThat(((ApiException) e).providerCode()).isEqualTo("1001");
    assertThat(e.getMessage()).contains("HTTP " + status).contains("1001").contains("Something is wrong");
  }

  @Test
  void oderoExceptionsExtendTheCoreTypes() {
    assertThat(InvalidRequestException.class).isAssignableFrom(OderoInvalidRequestException.class);
    assertThat(AuthenticationException.class).isAssignableFrom(OderoAuthenticationException.class);
    assertThat(PermissionException.class).isAssignableFrom(OderoPermissionException.class);
    assertThat(NotFoundException.class).isAssignableFrom(OderoNotFoundException.class);
    assertThat(ConflictException.class).isAssignableFrom(OderoConflictException.class);
    assertThat(ServerException.class).isAssignableFrom(OderoServerException.class);
    assertThat(RateLimitException.class).isAssignableFrom(OderoRateLimitException.class);
    assertThat(InsufficientFundsException.class).isAssignableFrom(OderoInsufficientFundsException.class);
    assertThat(ApiException.class).isAssignableFrom(OderoPaymentException.class);
    assertThat(ApiException.class).isAssignableFrom(OderoApiException.class);
  }

  @Test
  void notSufficientFundsIsAnInsufficientFundsException() {
    odero.enqueue(400, envelope("10051", "Not sufficient funds", "NOT_SUFFICIENT_FUNDS"));

    PaySdkException e = refundFails();

    assertThat(e).isInstanceOf(OderoInsufficientFundsException.class)
        .isInstanceOf(InsufficientFundsException.class);
    OderoFailure failure = (OderoFailure) e;
    assertThat(failure.errorCode()).isEqualTo("10051");
    assertThat(failure.errorGroup()).isEqualTo("NOT_SUFFICIENT_FUNDS");
    assertThat(e.isOutcomeUnknown()).isFalse();
    assertThat(e.getMessage()).contains("NOT_SUFFICIENT_FUNDS");
  }

  @ParameterizedTest
  @CsvSource({
      "10005, DO_NOT_HONOUR", "10012, INVALID_TRANSACTION", "10041, LOST_CARD", "10043, STOLEN_CARD",
      "10054, EXPIRED_CARD", "10084, INVALID_CVC2", "10057, NOT_PERMITTED_TO_CARDHOLDER",
      "10058, NOT_PERMITTED_TO_TERMINAL", "10034, FRAUD_SUSPECT", "10093, RESTRICTED_BY_LAW",
      "10200, UNKNOWN"})
  void paymentErrorsAreKeyedByGroup(String code, PaymentErrorGroup group) {
    odero.enqueue(400, envelope(code, "Declined", group.name()));

    PaySdkException thrown = refundFails();
    assertThat(thrown).isInstanceOf(OderoPaymentException.class);
    OderoPaymentException e = (OderoPaymentException) thrown;

    assertThat(e.paymentErrorGroup()).isEqualTo(group);
    assertThat(e.errorCode()).isEqualTo(code);
    assertThat(e.isOutcomeUnknown()).isFalse();
  }

  @Test
  void aPaymentErrorOnA5xxIsStillADecline() {
    odero.enqueue(502, envelope("10005", "Do not honour", "DO_NOT_HONOUR"));
    PaySdkException e = refundFails();
    assertThat(e).isInstanceOf(OderoPaymentException.class);
    assertThat(e.isOutcomeUnknown()).isFalse();
    assertThat(odero.server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void anUnknownGroupIsAPaymentErrorWithTheRawGroupKept() {
    odero.enqueue(400, envelope("10999", "New decline", "BRAND_NEW_GROUP"));
    PaySdkException thrown = refundFails();
    assertThat(thrown).isInstanceOf(OderoPaymentException.class);
    OderoPaymentException e = (OderoPaymentException) thrown;
    assertThat(e.paymentErrorGroup()).isEqualTo(PaymentErrorGroup.UNKNOWN);
    assertThat(e.errorGroup()).isEqualTo("BRAND_NEW_GROUP");
  }

  @Test
  void anErrorEnvelopeOnA200IsStillAnError() {
    odero.enqueue(200, envelope("1", "Odd", null));
    assertThat(retrieveFails()).isInstanceOf(OderoApiException.class);
  }

  @Test
  void rateLimitCarriesRetryAfterAfterRetriesRunOut() {
    for (int i = 0; i < 3; i++) {
      odero.server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "1")
          .body(envelope("429", "Too many requests", null)).build());
    }
    PaySdkException e = retrieveFails();
    assertThat(e).isInstanceOf(OderoRateLimitException.class);
    assertThat(((RateLimitException) e).retryAfter()).isEqualTo(Duration.ofSeconds(1));
    assertThat(odero.server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void anHtml5xxPageIsAServerExceptionAndReadsAreRetried() {
    odero.server.enqueue(new MockResponse.Builder().code(503).setHeader("Content-Type", "text/html")
        .body("<html>down</html>").build());
    odero.enqueueFixture("payment-detail.json");
    assertThat(odero.client.paymentReporting().retrievePayment(100042).id()).isEqualTo(100042L);
    assertThat(odero.server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void anHtml5xxOnARefundIsNotRetriedAndTheOutcomeIsUnknown() {
    odero.server.enqueue(new MockResponse.Builder().code(502).setHeader("Content-Type", "text/html")
        .body("<html>bad gateway</html>").build());
    PaySdkException e = refundFails();
    assertThat(e).isInstanceOf(ServerException.class).isNotInstanceOf(OderoFailure.class);
    assertThat(e.isOutcomeUnknown()).isTrue();
    assertThat(e.lookupKey()).isEqualTo("refund-7");
    assertThat(odero.server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void malformedOrTruncatedJsonIsAMalformedResponse() {
    odero.enqueue(200, "{\"data\":{\"id\":");
    assertThat(retrieveFails()).isInstanceOf(MalformedResponseException.class);
    odero.enqueue(200, "not json");
    assertThat(retrieveFails()).isInstanceOf(MalformedResponseException.class);
    odero.enqueue(200, "{}");
    assertThat(retrieveFails()).isInstanceOf(MalformedResponseException.class);
    odero.enqueue(200, "");
    assertThat(retrieveFails()).isInstanceOf(MalformedResponseException.class);
  }

  @Test
  void aTruncatedRefundAnswerLeavesTheOutcomeUnknown() {
    odero.enqueue(200, "{\"data\":{\"id\":");
    PaySdkException e = refundFails();
    assertThat(e).isInstanceOf(MalformedResponseException.class);
    assertThat(e.isOutcomeUnknown()).isTrue();
    assertThat(e.lookupKey()).isEqualTo("refund-7");
  }

  @Test
  void aConnectionDroppedAfterSendingARefundIsNotRetried() {
    odero.server.enqueue(new MockResponse.Builder()
        .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
    PaySdkException e = refundFails();
    assertThat(e).isInstanceOf(ApiConnectionException.class);
    assertThat(e.isOutcomeUnknown()).isTrue();
    assertThat(e.lookupKey()).isEqualTo("refund-7");
    assertThat(odero.server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aConnectionDroppedOnAReadIsRetried() {
    odero.server.enqueue(new MockResponse.Builder()
        .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
    odero.enqueueFixture("payment-detail.json");
    assertThat(odero.client.paymentReporting().retrievePayment(100042).id()).isEqualTo(100042L);
    assertThat(odero.server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void eachAttemptIsSignedWithAFreshRandomKey() {
    odero.server.enqueue(new MockResponse.Builder().code(503).body("").build());
    odero.enqueueFixture("payment-detail.json");
    odero.client.paymentReporting().retrievePayment(100042);
    String first = odero.takeSigned().getHeaders().get("x-rnd-key");
    String second = odero.takeSigned().getHeaders().get("x-rnd-key");
    assertThat(first).isNotEqualTo(second);
  }
}
