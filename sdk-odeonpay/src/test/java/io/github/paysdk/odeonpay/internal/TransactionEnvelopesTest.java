package io.github.paysdk.odeonpay.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paysdk.core.http.ApiRequest;
import io.github.paysdk.core.http.ApiResponse;
import io.github.paysdk.core.http.HttpMethod;
import io.github.paysdk.core.retry.RetryMode;
import io.github.paysdk.odeonpay.error.RequestRejectedException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import okhttp3.Headers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.api.Test;

/**
 * The envelope read with exact names first gives what the case-insensitive read gives, for every body:
 * the same envelope, or the same exception with the same message.
 */
class TransactionEnvelopesTest {
  static final List<String> BODIES = List.of(
      "{\"success\":true,\"message\":null,\"model\":{\"transactionId\":524,\"amount\":40.11,\"currency\":\"EUR\","
          + "\"invoiceId\":\"9276334\",\"accountId\":\"john@doe.com\",\"description\":\"Payment\","
          + "\"name\":\"John Doe\",\"token\":\"8163-KS17\",\"statusCode\":4,\"status\":\"Completed\","
          + "\"reasonCode\":0,\"reason\":\"Approved\",\"operationTypeCode\":1,\"operationType\":\"Payment\"}}",
      "{\"Success\":true,\"Message\":\"capitalised\",\"Model\":{\"TransactionId\":1,\"StatusCode\":4}}",
      "{\"success\":true,\"model\":{\"TRANSACTIONID\":2,\"statuscode\":5,\"REASON\":\"shouting\"}}",
      "{\"success\":true,\"model\":{\"transactionId\":3,\"transactionID\":4}}",
      "{\"success\":true,\"model\":{\"transactionID\":4,\"transactionId\":3}}",
      "{\"success\":true,\"model\":{\"transactionId\":5,\"cardHolderMessage\":\"unknown, ignored\","
          + "\"createdAt\":\"2024-01-02\",\"extra\":{\"Status\":\"inside an unknown value\"}}}",
      "{\"success\":true,\"model\":{\"transactionId\":6,\"url\":\"a name of another record\","
          + "\"acsUrl\":\"also\"}}",
      "{\"success\":true,\"model\":{\"transactionId\":7,\"st\\u0061tusCode\":4}}",
      "{\"success\":true,\"model\":{\"transactionId\":8,\"statusCod\\u00e9\":4}}",
      "{\"success\":true,\"model\":{\"transact\\u0130onId\":9}}",
      "{\"success\":false,\"message\":\"3ds\",\"threeDsModel\":{\"transactionId\":10,\"acsUrl\":\"https://acs\","
          + "\"paReq\":\"pa\",\"method\":\"POST\"}}",
      "{\"success\":false,\"ThreeDsRedirectModel\":{\"TransactionId\":11,\"Url\":\"https://3ds\"}}",
      "{\"success\":false,\"threedsredirectmodel\":{\"transactionid\":12,\"url\":\"https://3ds\"}}",
      "{\"success\":true,\"model\":{\"transactionId\":\"13\",\"amount\":\"1.50\",\"statusCode\":\"4\"}}",
      "{\"success\":true,\"model\":{\"transactionId\":{\"nested\":1}}}",
      "{\"success\":true,\"model\":{\"TransactionId\":[1,2]}}",
      "{\"success\":true,\"model\":{\"amount\":\"not a number\"}}",
      "{\"success\":true,\"model\":[]}",
      "{\"success\":\"yes\",\"model\":{\"transactionId\":14}}",
      "{\"success\":true,\"model\":{\"transactionId\":15}",
      "{\"success\":true,\"model\":{\"transactionId\":16},}",
      "{\"success\":true,\"model\":{\"transactionId\":17}} trailing",
      "{\"success\":true,\"model\":null}",
      "{\"success\":false,\"message\":\"Invalid Amount value\"}",
      "{\"Success\":false,\"Message\":\"Invalid Amount value\"}",
      "null",
      "[]",
      "",
      "<html>502</html>");

  private static ApiResponse response(String body) {
    ApiRequest request = ApiRequest.builder(HttpMethod.POST, "/payments/charge/card")
        .retryMode(RetryMode.NON_IDEMPOTENT).lookupKey("inv-1").build();
    return new ApiResponse(request, 200, Headers.of(), body.getBytes(StandardCharsets.UTF_8), "rid");
  }

  @ParameterizedTest
  @FieldSource("BODIES")
  void readsWhatTheCaseInsensitiveReadReads(String body) {
    Object expected;
    try {
      TransactionEnvelope envelope = OdeonPayJson.codec().read(response(body), TransactionEnvelope.class);
      expected = envelope;
    } catch (RuntimeException e) {
      expected = e;
    }
    Object actual;
    try {
      actual = TransactionEnvelopes.read(response(body));
    } catch (RequestRejectedException rejected) {
      assertThat(body).contains("Invalid Amount value"); // the rejections, pinned in RejectionInOneParseTest
      return;
    } catch (RuntimeException e) {
      actual = e;
    }

    if (expected instanceof RuntimeException failure) {
      assertThat(actual).isExactlyInstanceOf(failure.getClass());
      RuntimeException thrown = (RuntimeException) actual;
      assertThat(thrown.getMessage()).isEqualTo(failure.getMessage());
      assertThat(String.valueOf(thrown.getCause())).isEqualTo(String.valueOf(failure.getCause()));
    } else {
      assertThat(actual).isEqualTo(expected);
    }
  }

  @Test
  void noTwoComponentNamesAreEqualIgnoringCase() {
    assertThat(TransactionEnvelopes.LOWER_CASE_NAMES).hasSameSizeAs(TransactionEnvelopes.NAMES);
    assertThat(TransactionEnvelopes.NAMES).contains("success", "model", "transactionId", "acsUrl", "url");
  }

  @Test
  void capitalisedNamesAreStillRead() {
    TransactionEnvelope envelope = TransactionEnvelopes.read(response(
        "{\"Success\":true,\"MODEL\":{\"TransactionId\":1,\"statuscode\":4}}"));

    assertThat(envelope.success()).isTrue();
    assertThat(envelope.model().transactionId()).isEqualTo(1L);
    assertThat(envelope.model().statusCode()).isEqualTo(4);
  }
}
