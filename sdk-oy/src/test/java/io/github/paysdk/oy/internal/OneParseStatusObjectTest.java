package io.github.paysdk.oy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JavaType;
import io.github.paysdk.core.http.ClientOptions;
import io.github.paysdk.core.error.ApiException;
import io.github.paysdk.core.http.ApiRequest;
import io.github.paysdk.core.http.ApiResponse;
import io.github.paysdk.core.http.HttpMethod;
import io.github.paysdk.core.http.HttpTransport;
import io.github.paysdk.core.retry.RetryMode;
import io.github.paysdk.oy.OyTestSupport;
import io.github.paysdk.oy.accountinquiry.AccountInquiry;
import io.github.paysdk.oy.accountinquiry.InquiryInvoice;
import io.github.paysdk.oy.balance.Balance;
import io.github.paysdk.oy.disbursement.Disbursement;
import io.github.paysdk.oy.model.OyCodeTable;
import io.github.paysdk.oy.model.OyStatus;
import io.github.paysdk.oy.virtualaccount.VirtualAccount;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import okhttp3.Headers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The one-parse read of envelope A must give exactly what the two-pass read gives: the same model for
 * a result, the same exception (class, message, code, outcome-unknown, lookup key) for anything else.
 * Each body is read both ways from the same response and the outcomes compared.
 */
class OneParseStatusObjectTest {
  private static final String MODEL = "\"amount\":125000,\"recipient_bank\":\"014\","
      + "\"recipient_account\":\"1239812390\",\"trx_id\":\"ABC-456\",\"partner_trx_id\":\"p-1\","
      + "\"timestamp\":\"16-10-2019 10:23:42\"";

  private HttpTransport transport;
  private OyHttp http;
  private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\\{[^}]*}");

  private final JavaType type = OyJson.codec().mapper().constructType(Disbursement.class);

  @BeforeEach
  void setUp() {
    transport = HttpTransport.create(ClientOptions.defaults(), "oy");
    http = new OyHttp(transport.executor("https://partner.oyindonesia.com").build());
  }

  @AfterEach
  void tearDown() {
    transport.close();
  }

  /** Plain answers with a result code: read once. */
  static List<String> plainResults() {
    return List.of(
        "{\"status\":{\"code\":\"101\",\"message\":\"Request is Processed\"}," + MODEL + "}",
        "{" + MODEL + ",\"status\":{\"message\":\"Success\",\"code\":\"000\"}}",
        "{\"status\":{\"code\":\"000\",\"message\":null}," + MODEL + "}",
        "{\"status\":{\"code\":\"000\"}}",
        "{\"status\":{\"code\":\" 300 \",\"message\":\"Failed\",\"extra\":\"x\"}," + MODEL + "}",
        "{\"status\":{\"code\":\"206\",\"message\":\"Balance\"}," + MODEL + ",}",
        "{\"status\":{\"code\":\"101\",\"message\":\"ok\"}," + MODEL + ",\"unknown\":{\"a\":[1,2.5]}}");
  }

  /** Everything else: taken the two-pass way, which decides the exception. */
  static List<String> otherAnswers() {
    return List.of(
        // error codes of the tables, and one no table lists
        "{\"status\":{\"code\":\"204\",\"message\":\"Partner Tx ID is Not Found\"}}",
        "{\"status\":{\"code\":\"203\",\"message\":\"Duplicate Partner Tx ID\"}," + MODEL + "}",
        "{\"status\":{\"code\":\"257\",\"message\":\"still in process\"}}",
        "{\"status\":{\"code\":\"999\",\"message\":\"Internal Server Error\"}}",
        "{\"status\":{\"code\":\"429\",\"message\":\"Too Many Request\"}}",
        "{\"status\":{\"code\":\"210\",\"message\":\"Amount is not valid\"}}",
        "{\"status\":{\"code\":\"208\",\"message\":\"API Key is not Valid\"}}",
        "{\"status\":{\"code\":\"777\",\"message\":\"new\"}," + MODEL + "}",
        // codes and messages that are not strings
        "{\"status\":{\"code\":101,\"message\":\"Request is Processed\"}," + MODEL + "}",
        "{\"status\":{\"code\":1.01E2}," + MODEL + "}",
        "{\"status\":{\"code\":true}," + MODEL + "}",
        "{\"status\":{\"code\":[\"000\"]}," + MODEL + "}",
        "{\"status\":{\"code\":{\"v\":\"000\"}}," + MODEL + "}",
        "{\"status\":{\"code\":\"000\",\"message\":7}," + MODEL + "}",
        "{\"status\":{\"code\":\"000\",\"extra\":1e99999999999}," + MODEL + "}",
        // a missing, null or oddly shaped status
        "{" + MODEL + "}",
        "{\"status\":null," + MODEL + "}",
        "{\"status\":{\"code\":null}," + MODEL + "}",
        "{\"status\":{}," + MODEL + "}",
        "{\"status\":\"000\"," + MODEL + "}",
        "{\"status\":[{\"code\":\"000\"}]," + MODEL + "}",
        "{\"data\":{\"status\":{\"code\":\"000\"}}}",
        // duplicates and escapes
        "{\"status\":{\"code\":\"999\"},\"status\":{\"code\":\"000\"}," + MODEL + "}",
        "{\"status\":{\"code\":\"000\"}," + MODEL + ",\"status\":{\"code\":\"999\"}}",
        "{\"status\":{\"message\":\"m\",\"code\":\"999\",\"code\":\"000\"}," + MODEL + "}",
        "{\"status\":{\"code\":\"000\",\"message\":\"a\",\"message\":\"b\"}," + MODEL + "}",
        "{\"st\\u0061tus\":{\"code\":\"000\"}," + MODEL + "}",
        "{\"status\":{\"code\":\"000\",\"message\":\"say \\\"hi\\\"\"}," + MODEL + "}",
        "{\"status\":{\"code\":\"000\"},\"tx_status_description\":\"status\"," + MODEL + "}",
        // a model the body does not fit, and bodies that are no model at all
        "{\"status\":{\"code\":\"000\"},\"amount\":\"lots\"}",
        "{\"status\":{\"code\":\"000\"},\"amount\":1e99999999999}",
        "{\"status\":{\"code\":\"101\"}",
        "[{\"status\":{\"code\":\"000\"}}]",
        "null",
        "",
        "<html>ok</html>");
  }

  @ParameterizedTest
  @MethodSource("plainResults")
  void aPlainResultIsReadOnceIntoTheSameModel(String body) {
    ApiResponse response = response(200, body, RetryMode.READ);

    assertThat(new OneParseStatusObject(OyJson.codec().mapper()).<Disbursement>resultOrNull(
        response.body(), type, Disbursement::status, OyCodeTable.DISBURSEMENT_STATUS)).isNotNull();
    assertSameOutcome(response, OyCodeTable.DISBURSEMENT_STATUS);
  }

  @ParameterizedTest
  @MethodSource("otherAnswers")
  void everyOtherAnswerIsLeftToTheTwoPassRead(String body) {
    ApiResponse response = response(200, body, RetryMode.READ);

    assertThat(new OneParseStatusObject(OyJson.codec().mapper()).<Disbursement>resultOrNull(
        response.body(), type, Disbursement::status, OyCodeTable.DISBURSEMENT_STATUS)).isNull();
  }

  @ParameterizedTest
  @MethodSource({"plainResults", "otherAnswers"})
  void bothReadsAgreeForReadsAndMutationsAtAnyStatus(String body) {
    for (int status : new int[] {200, 201, 400, 500}) {
      assertSameOutcome(response(status, body, RetryMode.READ), OyCodeTable.DISBURSEMENT_STATUS);
      assertSameOutcome(
          response(status, body, RetryMode.IDEMPOTENT), OyCodeTable.DISBURSEMENT_CREATE);
      assertSameOutcome(
          response(status, body, RetryMode.NON_IDEMPOTENT), OyCodeTable.ACCOUNT_INQUIRY);
    }
  }

  /** A model that carries the status object, with its docs example and code table. */
  record Case(String fixture, Class<?> model, Function<Object, OyStatus> statusOf,
      OyCodeTable table) {
    @Override
    public String toString() {
      return fixture;
    }
  }

  static List<Case> models() {
    return List.of(
        new Case("disbursement/remit.json", Disbursement.class,
            m -> ((Disbursement) m).status(), OyCodeTable.DISBURSEMENT_CREATE),
        new Case("disbursement/remit-status.json", Disbursement.class,
            m -> ((Disbursement) m).status(), OyCodeTable.DISBURSEMENT_STATUS),
        new Case("balance/balance.json", Balance.class,
            m -> ((Balance) m).status(), OyCodeTable.BALANCE),
        new Case("accountinquiry/inquiry.json", AccountInquiry.class,
            m -> ((AccountInquiry) m).status(), OyCodeTable.ACCOUNT_INQUIRY),
        new Case("accountinquiry/invoice.json", InquiryInvoice.class,
            m -> ((InquiryInvoice) m).status(), OyCodeTable.ACCOUNT_INQUIRY),
        new Case("accountinquiry/pay-invoice.json", InquiryInvoice.class,
            m -> ((InquiryInvoice) m).status(), OyCodeTable.ACCOUNT_INQUIRY),
        new Case("virtualaccount/create.json", VirtualAccount.class,
            m -> ((VirtualAccount) m).status(), OyCodeTable.VIRTUAL_ACCOUNT),
        new Case("virtualaccount/get.json", VirtualAccount.class,
            m -> ((VirtualAccount) m).status(), OyCodeTable.VIRTUAL_ACCOUNT),
        new Case("virtualaccount/update.json", VirtualAccount.class,
            m -> ((VirtualAccount) m).status(), OyCodeTable.VIRTUAL_ACCOUNT),
        new Case("virtualaccount/create-custom.json", VirtualAccount.class,
            m -> ((VirtualAccount) m).status(), OyCodeTable.VIRTUAL_ACCOUNT),
        new Case("virtualaccount/update-custom.json", VirtualAccount.class,
            m -> ((VirtualAccount) m).status(), OyCodeTable.VIRTUAL_ACCOUNT),
        new Case("virtualaccount/deactivate-custom.json", VirtualAccount.class,
            m -> ((VirtualAccount) m).status(), OyCodeTable.VIRTUAL_ACCOUNT));
  }

  @ParameterizedTest
  @MethodSource("models")
  void everyModelsDocsExampleIsReadOnceAndEveryCodeOfItsTableAsBefore(Case model) {
    JavaType modelType = OyJson.codec().mapper().constructType(model.model());
    String docs = OyTestSupport.fixtureText(model.fixture());
    Object once = new OneParseStatusObject(OyJson.codec().mapper()).resultOrNull(
        docs.getBytes(StandardCharsets.UTF_8), modelType, model.statusOf(), model.table());
    assertThat(once).isNotNull();

    List<String> codes = new ArrayList<>(List.of("777", "", " 000", "0"));
    model.table().codes().forEach(row -> codes.add(row.code()));
    for (String code : codes) {
      String body = STATUS.matcher(docs).replaceFirst(
          "\"status\":{\"code\":\"" + code + "\",\"message\":\"m\"}");
      for (int status : new int[] {200, 500}) {
        for (RetryMode mode : RetryMode.values()) {
          ApiResponse response = response(status, body, mode);
          assertThat(outcome(() -> http.readStatusObject(
                  response, model.table(), modelType, model.statusOf())))
              .as("%s with %s at %d, %s", model, code, status, mode)
              .isEqualTo(outcome(() -> http.readStatusObject(response, model.table(), modelType)));
        }
      }
    }
  }

  private void assertSameOutcome(ApiResponse response, OyCodeTable table) {
    Object twoPass = outcome(() -> http.readStatusObject(response, table, type));
    Object onePass = outcome(() -> http.<Disbursement>readStatusObject(
        response, table, type, Disbursement::status));
    assertThat(onePass).isEqualTo(twoPass);
  }

  private static Object outcome(java.util.function.Supplier<Object> read) {
    try {
      return read.get();
    } catch (RuntimeException e) {
      return List.of(e.getClass(), String.valueOf(e.getMessage()),
          e instanceof ApiException api ? api.context() : "no context",
          String.valueOf(e.getCause() == null ? null : e.getCause().getClass()));
    }
  }

  private static ApiResponse response(int status, String body, RetryMode mode) {
    ApiRequest request = ApiRequest.builder(HttpMethod.POST, "/api/remit-status")
        .retryMode(mode).lookupKey("p-1").build();
    return new ApiResponse(request, status, Headers.of("Retry-After", "3"),
        body.getBytes(StandardCharsets.UTF_8), "rid-1");
  }
}
