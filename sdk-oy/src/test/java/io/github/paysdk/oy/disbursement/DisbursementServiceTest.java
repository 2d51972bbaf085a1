package io.github.paysdk.oy.disbursement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.paysdk.core.error.ApiException;
import io.github.paysdk.core.error.InvalidRequestException;
import io.github.paysdk.core.error.NotFoundException;
import io.github.paysdk.core.error.PaySdkException;
import io.github.paysdk.core.error.ServerException;
import io.github.paysdk.core.error.ValidationException;
import io.github.paysdk.oy.error.DuplicatePartnerTrxIdException;
import io.github.paysdk.oy.internal.OyHttp;
import io.github.paysdk.oy.internal.OyJson;
import io.github.paysdk.oy.model.OyOutcome;
import io.github.paysdk.oy.OyTestSupport;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;

class DisbursementServiceTest extends OyTestSupport {
  private static final String REMIT_BODY = "{\"recipient_bank\":\"014\","
      + "\"recipient_account\":\"1239812390\",\"amount\":125000,\"note\":\"Split lunch bill\","
      + "\"partner_trx_id\":\"1234-asdf\",\"email\":\"napoleon@email.com test@email.com\"}";

  private static CreateDisbursementRequest docsRequest() {
    return CreateDisbursementRequest.builder()
        .recipientBank("014")
        .recipientAccount("1239812390")
        .amount(125_000)
        .note("Split lunch bill")
        .partnerTrxId("1234-asdf")
        .email("napoleon@email.com test@email.com")
        .build();
  }

  private static String statusBody(String code, String amount, String account) {
    return "{\"status\":{\"code\":\"" + code + "\",\"message\":\"m\"},\"amount\":" + amount
        + ",\"recipient_bank\":\"014\",\"recipient_account\":\"" + account + "\","
        + "\"trx_id\":\"ABC-456\",\"partner_trx_id\":\"1234-asdf\"}";
  }

  @Test
  void createPostsTheDocsBodyAndParsesTheProcessedAnswer() {
    enqueueFixture("disbursement/remit.json");

    Disbursement created = oy.disbursement().create(docsRequest());

    takeJsonRequest("POST", "/api/remit", REMIT_BODY);
    assertThat(created.code()).isEqualTo("101");
    assertThat(created.outcome()).isEqualTo(OyOutcome.PENDING);
    assertThat(created.isFinal()).isFalse();
    assertThat(created.amount()).isEqualByComparingTo("125000");
    assertThat(created.recipientBank()).isEqualTo("014");
    assertThat(created.recipientAccount()).isEqualTo("1239812390");
    assertThat(created.trxId()).isEqualTo("ABC-456");
    assertThat(created.partnerTrxId()).isEqualTo("1234-asdf");
    assertThat(created.timestamp()).isEqualTo(Instant.parse("2019-10-16T10:23:42Z"));
  }

  @Test
  void statusPostsTheIdAndParsesTheDocsExample() {
    enqueueFixture("disbursement/remit-status.json");

    Disbursement status = oy.disbursement().status("1234-asde", true);

    takeJsonRequest("POST", "/api/remit-status",
        "{\"partner_trx_id\":\"1234-asde\",\"send_callback\":true}");
    assertThat(status.outcome()).isEqualTo(OyOutcome.SUCCESS);
    assertThat(status.isFinal()).isTrue();
    assertThat(status.txStatusDescription()).isEqualTo("Force Credit");
    assertThat(status.recipientName()).isEqualTo("John Doe");
    assertThat(status.recipientBank()).isEqualTo("008");
    assertThat(status.timestamp()).isEqualTo(Instant.parse("2020-10-16T10:34:23Z"));
    assertThat(status.createdDate()).isEqualTo(Instant.parse("2020-01-24T06:48:08Z"));
    assertThat(status.lastUpdatedDate()).isEqualTo(Instant.parse("2020-01-24T06:48:39Z"));
  }

  @Test
  void statusBodyIsByteForByteTheMapItReplaced() {
    for (String id : List.of("1234-asde", "a\"b\\c", "\u00e9\u20ac\uD83D\uDE00", "tab\there", "x".repeat(255))) {
      for (boolean sendCallback : new boolean[] {false, true}) {
        enqueueFixture("disbursement/remit-status.json");

        oy.disbursement().status(id, sendCallback);

        assertThat(takeRequest("POST", "/api/remit-status").getBody().toByteArray())
            .isEqualTo(OyJson.codec().toBytes(
                OyHttp.fields("partner_trx_id", id, "send_callback", sendCallback)));
      }
    }
  }

  @Test
  void statusSendsSendCallbackFalseByDefaultAndAcceptsDecimalAmounts() {
    enqueueJson(200, statusBody("300", "125000.0000", "1239812390"));

    Disbursement status = oy.disbursement().status("1234-asdf");

    takeJsonRequest("POST", "/api/remit-status",
        "{\"partner_trx_id\":\"1234-asdf\",\"send_callback\":false}");
    assertThat(status.outcome()).isEqualTo(OyOutcome.FAILED);
    assertThat(status.amount()).isEqualTo(new BigDecimal("125000.0000"));
  }

  @Test
  void statusNotFoundMeansNoDisbursementExists() {
    enqueueStatus("204", "Transaction do not exist (Partner Tx ID is Not Found)");

    assertThatThrownBy(() -> oy.disbursement().status("nope"))
        .isInstanceOf(NotFoundException.class)
        .satisfies(e -> assertThat(((ApiException) e).lookupKey()).isEqualTo("nope"));
  }

  @Test
  void finalTransactionFailuresOnCreateAreResults() {
    enqueueJson(200, statusBody("206", "125000", "1239812390"));

    Disbursement failed = oy.disbursement().create(docsRequest());

    assertThat(failed.outcome()).isEqualTo(OyOutcome.FAILED);
  }

  @Test
  void aDuplicateIdBecomesAStatusLookupOfTheSameDisbursement() {
    enqueueStatus("203", "Request is Rejected (Duplicate Partner Tx ID)");
    enqueueJson(200, statusBody("000", "125000.0000", "1239812390"));

    Disbursement existing = oy.disbursement().create(docsRequest());

    assertThat(existing.outcome()).isEqualTo(OyOutcome.SUCCESS);
    takeJsonRequest("POST", "/api/remit", REMIT_BODY);
    takeJsonRequest("POST", "/api/remit-status",
        "{\"partner_trx_id\":\"1234-asdf\",\"send_callback\":false}");
  }

  @Test
  void stillInProcessBecomesAStatusLookupToo() {
    enqueueStatus("257",
        "Request is Rejected (Disbursement with the same Partner Tx ID is still in process)");
    enqueueJson(200, statusBody("102", "125000", "1239812390"));

    assertThat(oy.disbursement().create(docsRequest()).outcome()).isEqualTo(OyOutcome.PENDING);
  }

  @Test
  void aDuplicateIdOfADifferentDisbursementIsAnError() {
    enqueueStatus("203", "Request is Rejected (Duplicate Partner Tx ID)");
    enqueueJson(200, statusBody("000", "99000", "1239812390"));

    assertThatThrownBy(() -> oy.disbursement().create(docsRequest()))
        .isInstanceOf(DuplicatePartnerTrxIdException.class)
        .hasMessageContaining("different disbursement")
        .satisfies(e -> assertThat(((PaySdkException) e).lookupKey()).isEqualTo("1234-asdf"));
  }

  @Test
  void aLostAnswerIsRetriedWithTheSameIdAndResolvedByLookup() {
    server.enqueue(new MockResponse.Builder().code(504).body("<html>Gateway Timeout</html>").build());
    enqueueStatus("203", "Request is Rejected (Duplicate Partner Tx ID)");
    enqueueJson(200, statusBody("101", "125000", "1239812390"));

    Disbursement result = oy.disbursement().create(docsRequest());

    assertThat(result.outcome()).isEqualTo(OyOutcome.PENDING);
    takeJsonRequest("POST", "/api/remit", REMIT_BODY);
    takeJsonRequest("POST", "/api/remit", REMIT_BODY);
    takeRequest("POST", "/api/remit-status");
  }

  @Test
  void code999IsOutcomeUnknownWithTheLookupKey() {
    enqueueJson(500, "{\"status\":{\"code\":\"999\",\"message\":\"Internal Server Error\"}}");

    assertThatThrownBy(() -> oy.disbursement().create(docsRequest()))
        .isInstanceOf(ServerException.class)
        .satisfies(e -> {
          PaySdkException error = (PaySdkException) e;
          assertThat(error.isOutcomeUnknown()).isTrue();
          assertThat(error.lookupKey()).isEqualTo("1234-asdf");
        });
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void anHtml500IsOutcomeUnknown() {
    server.enqueue(new MockResponse.Builder().code(500).body("<html>oops</html>").build());

    assertThatThrownBy(() -> oy.disbursement().create(docsRequest()))
        .isInstanceOf(ServerException.class)
        .satisfies(e -> assertThat(((PaySdkException) e).isOutcomeUnknown()).isTrue());
  }

  @Test
  void rejectedRequestsCreateNothingAndAreNotOutcomeUnknown() {
    enqueueStatus("210", "Request is Rejected (Amount is not valid)");

    assertThatThrownBy(() -> oy.disbursement().create(docsRequest()))
        .isInstanceOf(InvalidRequestException.class)
        .satisfies(e -> assertThat(((PaySdkException) e).isOutcomeUnknown()).isFalse());
  }

  @Test
  void truncatedJsonIsAMalformedResponseWithUnknownOutcome() {
    enqueueJson(200, "{\"status\":{\"code\":\"101\"");

    assertThatThrownBy(() -> oy.disbursement().create(docsRequest()))
        .isInstanceOf(io.github.paysdk.core.error.MalformedResponseException.class)
        .satisfies(e -> assertThat(((PaySdkException) e).isOutcomeUnknown()).isTrue());
  }

  @Test
  void badInputIsRejectedBeforeAnyRequestNamingTheField() {
    assertRejected(docs().recipientBank("14"), "recipientBank");
    assertRejected(docs().recipientBank(null), "recipientBank");
    assertRejected(docs().recipientAccount("12 34"), "recipientAccount");
    assertRejected(docs().recipientAccount("1".repeat(256)), "recipientAccount");
    assertRejected(docs().amount(9_999), "amount");
    assertRejected(docs().amount(new BigDecimal("10000.50")), "amount");
    assertRejected(docs().recipientBank("ovo").amount(99), "amount");
    assertRejected(docs().partnerTrxId(""), "partnerTrxId");
    assertRejected(docs().partnerTrxId("x".repeat(256)), "partnerTrxId");
    assertRejected(docs().note("n".repeat(256)), "note");
    assertRejected(docs().email("a@b.co b@b.co c@b.co d@b.co e@b.co f@b.co"), "email");
    assertRejected(docs().email("not-an-email"), "email");
    assertThatThrownBy(() -> oy.disbursement().status(""))
        .isInstanceOf(ValidationException.class).hasMessageStartingWith("partnerTrxId");
    assertThat(docs().recipientBank("ovo").amount(100).build().amount()).isEqualTo(100);
    assertThat(server.getRequestCount()).isZero();
  }

  private static CreateDisbursementRequest.Builder docs() {
    return CreateDisbursementRequest.builder()
        .recipientBank("014").recipientAccount("1239812390").amount(125_000)
        .partnerTrxId("1234-asdf");
  }

  private static void assertRejected(CreateDisbursementRequest.Builder builder, String field) {
    assertThatThrownBy(builder::build)
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo(field));
  }
}
