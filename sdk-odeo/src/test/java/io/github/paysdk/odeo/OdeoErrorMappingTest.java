package io.github.paysdk.odeo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.paysdk.core.error.ApiConnectionException;
import io.github.paysdk.core.error.ApiException;
import io.github.paysdk.core.error.AuthenticationException;
import io.github.paysdk.core.error.InsufficientFundsException;
import io.github.paysdk.core.error.InvalidRequestException;
import io.github.paysdk.core.error.MalformedResponseException;
import io.github.paysdk.core.error.NotFoundException;
import io.github.paysdk.core.error.RateLimitException;
import io.github.paysdk.core.error.ServerException;
import io.github.paysdk.odeo.disbursement.Disbursement;
import io.github.paysdk.odeo.disbursement.DisbursementStatus;
import io.github.paysdk.odeo.error.OdeoGeneralException;
import io.github.paysdk.odeo.error.OdeoInputValidationException;
import io.github.paysdk.odeo.error.OdeoInsufficientBalanceException;
import io.github.paysdk.odeo.error.OdeoInvalidBankException;
import io.github.paysdk.odeo.error.OdeoResourceNotFoundException;
import io.github.paysdk.odeo.paymentgateway.PaymentStatus;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Odeo's error envelope at any HTTP status, faults, and unknown status codes. */
class OdeoErrorMappingTest extends OdeoMockServerTest {

  static Stream<Arguments> documentedCodes() {
    return Stream.of(
        Arguments.of(10000, "EXAMPLE-REF-ID-001 reference id exists", OdeoGeneralException.class,
            InvalidRequestException.class),
        Arguments.of(10001, "The amount must be at least 10000", OdeoInputValidationException.class,
            InvalidRequestException.class),
        Arguments.of(20002, "Disbursement not found", OdeoResourceNotFoundException.class,
            NotFoundException.class),
        Arguments.of(40002, "Unknown error: INVALID BANK", OdeoInvalidBankException.class,
            InvalidRequestException.class),
        Arguments.of(40011, "Unknown error: INSUFFICIENT BALANCE",
            OdeoInsufficientBalanceException.class, InsufficientFundsException.class));
  }

  @ParameterizedTest(name = "error_code {0} at HTTP 400")
  @MethodSource("documentedCodes")
  void documentedCodesAtHttp400(int code, String message, Class<?> type, Class<?> coreType) {
    server.enqueueJson(400, envelope(code, message, 400));

    ApiException e = catchThrowableOfType(ApiException.class,
        () -> odeo.disbursement().createDisbursement(DisbursementServiceTest.exampleDisbursement().build()));

    assertThat(e).isExactlyInstanceOf(type).isInstanceOf(coreType);
    assertThat(e.httpStatus()).isEqualTo(400);
    assertThat(e.providerCode()).isEqualTo(Integer.toString(code));
    assertThat(e.providerMessage()).isEqualTo(message);
    assertThat(e.getMessage()).contains(message);
    assertThat(e.isOutcomeUnknown()).isFalse();
  }

  @ParameterizedTest(name = "error_code {0} at HTTP 200")
  @MethodSource("documentedCodes")
  void documentedCodesAtHttp200(int code, String message, Class<?> type, Class<?> coreType) {
    server.enqueueJson(200, envelope(code, message, 400));

    assertThatThrownBy(() -> odeo.cash().getBalance(123))
        .isExactlyInstanceOf(type)
        .hasMessageContaining(message);
  }

  @Test
  void errorCodeSentAsAStringIsMappedToo() {
    server.enqueueJson(200, "{\"message\":\"Order not found\",\"error_code\":\"10000\"}");

    assertThatThrownBy(() -> odeo.cash().findActiveVaTopup()).isExactlyInstanceOf(OdeoGeneralException.class);
  }

  @Test
  void unknownCodeAtHttp400IsStillTypedByStatus() {
    server.enqueueJson(400, envelope(55555, "Something new", 400));

    ApiException e = catchThrowableOfType(ApiException.class, () -> odeo.disbursement().getBanks());

    assertThat(e).isExactlyInstanceOf(InvalidRequestException.class);
    assertThat(e.providerCode()).isEqualTo("55555");
    assertThat(e.providerMessage()).isEqualTo("Something new");
  }

  @Test
  void unknownCodeAtHttp200IsAnApiException() {
    server.enqueueJson(200, envelope(55555, "Something new", 200));

    ApiException e = catchThrowableOfType(ApiException.class, () -> odeo.cash().getBalance());

    assertThat(e).isExactlyInstanceOf(ApiException.class);
    assertThat(e.providerCode()).isEqualTo("55555");
  }

  @Test
  void htmlErrorPageIsAServerExceptionAndReadsAreRetried() {
    MockResponse html = new MockResponse.Builder().code(503).setHeader("Content-Type", "text/html")
        .body("<html><body>Service Unavailable</body></html>").build();
    server.enqueue(html);
    server.enqueue(html);
    server.enqueue(html);

    assertThatThrownBy(() -> odeo.disbursement().getBanks()).isExactlyInstanceOf(ServerException.class);
    assertThat(server.apiRequests()).hasSize(3);
  }

  @Test
  void readRecoversAfterA502() {
    server.enqueueJson(502, "{}");
    server.enqueueFixture("banks.json");

    assertThat(odeo.disbursement().getBanks()).hasSize(1);
    assertThat(server.apiRequests()).hasSize(2);
  }

  @Test
  void rateLimitIsTyped() {
    MockResponse limited = new MockResponse.Builder().code(429).setHeader("Retry-After", "100")
        .body("{}").build();
    server.enqueue(limited);

    assertThatThrownBy(() -> odeo.disbursement().getBanks()).isInstanceOf(RateLimitException.class);
  }

  @Test
  void malformedJsonIsAMalformedResponse() {
    server.enqueueJson(200, "{\"banks\":[{\"bank_id\":");

    assertThatThrownBy(() -> odeo.disbursement().getBanks())
        .isInstanceOf(MalformedResponseException.class);
  }

  @Test
  void disbursementAnswerWithoutItsIdsIsMalformedAndItsOutcomeUnknown() {
    server.enqueueJson(200, "{}");

    MalformedResponseException e = catchThrowableOfType(MalformedResponseException.class, () ->
        odeo.disbursement().createDisbursement(DisbursementServiceTest.exampleDisbursement().build()));

    assertThat(e).hasMessageContaining("disbursement_id");
    assertThat(e.isOutcomeUnknown()).isTrue();
    assertThat(e.lookupKey()).isEqualTo("EXAMPLE-REF-ID-001");
  }

  @Test
  void nonJsonSuccessIsAMalformedResponse() {
    server.enqueue(new MockResponse.Builder().code(200).body("<html>ok</html>").build());

    assertThatThrownBy(() -> odeo.cash().getBalance()).isInstanceOf(MalformedResponseException.class);
  }

  @Test
  void unauthorizedWithoutBodyIsAnAuthenticationException() {
    server.enqueue(new MockResponse.Builder().code(401).build());
    server.enqueue(new MockResponse.Builder().code(401).build());

    assertThatThrownBy(() -> odeo.cash().getBalance()).isExactlyInstanceOf(AuthenticationException.class);
  }

  @Test
  void disbursementIsNotResentAfterAServerErrorAndItsOutcomeIsUnknown() {
    server.enqueueJson(502, "{}");

    ApiException e = catchThrowableOfType(ApiException.class, () ->
        odeo.disbursement().createDisbursement(DisbursementServiceTest.exampleDisbursement().build()));

    assertThat(e).isInstanceOf(ServerException.class);
    assertThat(e.isOutcomeUnknown()).isTrue();
    assertThat(e.lookupKey()).isEqualTo("EXAMPLE-REF-ID-001");
    assertThat(server.apiRequests()).hasSize(1);
  }

  @Test
  void disbursementIsNotResentAfterTheConnectionDropsAndItsOutcomeIsUnknown() {
    server.enqueue(new MockResponse.Builder()
        .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());

    ApiConnectionException e = catchThrowableOfType(ApiConnectionException.class, () ->
        odeo.disbursement().createDisbursement(DisbursementServiceTest.exampleDisbursement().build()));

    assertThat(e.isOutcomeUnknown()).isTrue();
    assertThat(e.lookupKey()).isEqualTo("EXAMPLE-REF-ID-001");
    assertThat(e.getMessage()).contains("EXAMPLE-REF-ID-001");
    assertThat(server.apiRequests()).hasSize(1);
  }

  @Test
  void unknownStatusCodesMapToUnknownAndKeepTheRawCode() {
    server.enqueueJson(200, OdeoMockServer.fixture("disbursement.json").replace("\"status\": 10000", "\"status\": 12345"));
    server.enqueueJson(200, "{\"payment_id\":\"77\",\"amount\":\"1000\",\"fee\":0,\"status\":\"99999\","
        + "\"reference_id\":\"R1\"}");

    Disbursement disbursement = odeo.disbursement().getDisbursement("123");
    var payment = odeo.paymentGateway().getPayment("77");

    assertThat(disbursement.status()).isEqualTo(DisbursementStatus.UNKNOWN);
    assertThat(disbursement.statusCode()).isEqualTo(12345);
    assertThat(payment.status()).isEqualTo(PaymentStatus.UNKNOWN);
    assertThat(payment.statusCode()).isEqualTo(99999);
    assertThat(payment.amount()).isEqualTo(1000);
  }

  @Test
  void statusSentAsANumericStringIsRead() {
    server.enqueueJson(200, OdeoMockServer.fixture("disbursement.json").replace("\"status\": 10000", "\"status\": \"50000\""));

    assertThat(odeo.disbursement().getDisbursement("123").status())
        .isEqualTo(DisbursementStatus.COMPLETED_DISBURSEMENT);
  }

  private static String envelope(int code, String message, int statusCode) {
    return "{\"message\":\"" + message + "\",\"status_code\":" + statusCode + ",\"error_code\":" + code + "}";
  }
}
