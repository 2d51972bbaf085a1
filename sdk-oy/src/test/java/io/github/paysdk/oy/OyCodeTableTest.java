package io.github.paysdk.oy;

import io.github.paysdk.oy.model.OyCodeTable;
import io.github.paysdk.oy.model.OyOutcome;
import io.github.paysdk.oy.error.DuplicatePartnerTrxIdException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.paysdk.core.error.ApiException;
import io.github.paysdk.oy.disbursement.CreateDisbursementRequest;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every row of every OY code table, as the spec classifies it, and what the SDK does with it: return a
 * result, or throw the named exception (with the code as providerCode).
 */
class OyCodeTableTest extends OyTestSupport {
  private static final Map<String, OyCodeTable> TABLES = Map.of(
      "ACCOUNT_INQUIRY", OyCodeTable.ACCOUNT_INQUIRY,
      "DISBURSEMENT_CREATE", OyCodeTable.DISBURSEMENT_CREATE,
      "DISBURSEMENT_STATUS", OyCodeTable.DISBURSEMENT_STATUS,
      "DISBURSEMENT_CALLBACK", OyCodeTable.DISBURSEMENT_CALLBACK,
      "BALANCE", OyCodeTable.BALANCE,
      "VIRTUAL_ACCOUNT", OyCodeTable.VIRTUAL_ACCOUNT,
      "ACCOUNT_RECEIVABLE", OyCodeTable.ACCOUNT_RECEIVABLE);

  private final Map<String, Consumer<OyClient>> calls = Map.of(
      "ACCOUNT_INQUIRY", client -> client.accountInquiry().inquire("014", "1239812390"),
      "DISBURSEMENT_CREATE", client -> client.disbursement().create(
          CreateDisbursementRequest.builder().recipientBank("014").recipientAccount("1239812390")
              .amount(125_000).partnerTrxId("p-1").build()),
      "DISBURSEMENT_STATUS", client -> client.disbursement().status("p-1"),
      "BALANCE", client -> client.balance().get(),
      "VIRTUAL_ACCOUNT", client -> client.virtualAccounts().get("v1"),
      "ACCOUNT_RECEIVABLE", client -> client.receivables().getInvoice("i1"));

  @ParameterizedTest(name = "{0} {1} -> {2}, {3}")
  @CsvSource({
      "ACCOUNT_INQUIRY, 000, SUCCESS, result",
      "ACCOUNT_INQUIRY, 201, REJECTED, AuthenticationException",
      "ACCOUNT_INQUIRY, 202, REJECTED, PermissionException",
      "ACCOUNT_INQUIRY, 203, REJECTED, InvalidRequestException",
      "ACCOUNT_INQUIRY, 204, NOT_FOUND, NotFoundException",
      "ACCOUNT_INQUIRY, 205, REJECTED, InvalidRequestException",
      "ACCOUNT_INQUIRY, 206, REJECTED, InsufficientFundsException",
      "ACCOUNT_INQUIRY, 207, REJECTED, PermissionException",
      "ACCOUNT_INQUIRY, 208, REJECTED, AuthenticationException",
      "ACCOUNT_INQUIRY, 209, FAILED, result",
      "ACCOUNT_INQUIRY, 232, REJECTED, PermissionException",
      "ACCOUNT_INQUIRY, 300, REJECTED, ConflictException",
      "ACCOUNT_INQUIRY, 429, RETRYABLE, RateLimitException",
      "ACCOUNT_INQUIRY, 990, REJECTED, InvalidRequestException",
      "ACCOUNT_INQUIRY, 999, RETRYABLE, ServerException",
      "DISBURSEMENT_CREATE, 000, SUCCESS, result",
      "DISBURSEMENT_CREATE, 101, PENDING, result",
      "DISBURSEMENT_CREATE, 102, PENDING, result",
      "DISBURSEMENT_CREATE, 206, FAILED, result",
      "DISBURSEMENT_CREATE, 225, FAILED, result",
      "DISBURSEMENT_CREATE, 300, FAILED, result",
      "DISBURSEMENT_CREATE, 301, PENDING, result",
      "DISBURSEMENT_CREATE, 203, DUPLICATE, lookup",
      "DISBURSEMENT_CREATE, 201, REJECTED, AuthenticationException",
      "DISBURSEMENT_CREATE, 202, REJECTED, PermissionException",
      "DISBURSEMENT_CREATE, 205, REJECTED, InvalidRequestException",
      "DISBURSEMENT_CREATE, 207, REJECTED, PermissionException",
      "DISBURSEMENT_CREATE, 208, REJECTED, AuthenticationException",
      "DISBURSEMENT_CREATE, 209, REJECTED, InvalidRequestException",
      "DISBURSEMENT_CREATE, 210, REJECTED, InvalidRequestException",
      "DISBURSEMENT_CREATE, 211, REJECTED, InvalidRequestException",
      "DISBURSEMENT_CREATE, 257, DUPLICATE, lookup",
      "DISBURSEMENT_CREATE, 264, REJECTED, InvalidRequestException",
      "DISBURSEMENT_CREATE, 429, RETRYABLE, RateLimitException",
      "DISBURSEMENT_CREATE, 504, OUTCOME_UNKNOWN, ServerException",
      "DISBURSEMENT_CREATE, 990, REJECTED, InvalidRequestException",
      "DISBURSEMENT_CREATE, 999, OUTCOME_UNKNOWN, ServerException",
      "DISBURSEMENT_CREATE, 777, OUTCOME_UNKNOWN, ApiException",
      "DISBURSEMENT_STATUS, 000, SUCCESS, result",
      "DISBURSEMENT_STATUS, 101, PENDING, result",
      "DISBURSEMENT_STATUS, 102, PENDING, result",
      "DISBURSEMENT_STATUS, 204, NOT_FOUND, NotFoundException",
      "DISBURSEMENT_STATUS, 206, FAILED, result",
      "DISBURSEMENT_STATUS, 225, FAILED, result",
      "DISBURSEMENT_STATUS, 300, FAILED, result",
      "DISBURSEMENT_STATUS, 301, PENDING, result",
      "DISBURSEMENT_STATUS, 201, REJECTED, AuthenticationException",
      "DISBURSEMENT_STATUS, 202, REJECTED, PermissionException",
      "DISBURSEMENT_STATUS, 207, REJECTED, PermissionException",
      "DISBURSEMENT_STATUS, 208, REJECTED, AuthenticationException",
      "DISBURSEMENT_STATUS, 429, RETRYABLE, RateLimitException",
      "DISBURSEMENT_STATUS, 990, REJECTED, InvalidRequestException",
      "DISBURSEMENT_STATUS, 999, RETRYABLE, ServerException",
      "DISBURSEMENT_CALLBACK, 000, SUCCESS, -",
      "DISBURSEMENT_CALLBACK, 300, FAILED, -",
      "DISBURSEMENT_CALLBACK, 301, PENDING, -",
      "BALANCE, 000, SUCCESS, result",
      "BALANCE, 201, REJECTED, AuthenticationException",
      "BALANCE, 202, REJECTED, PermissionException",
      "BALANCE, 207, REJECTED, PermissionException",
      "BALANCE, 208, REJECTED, AuthenticationException",
      "BALANCE, 429, RETRYABLE, RateLimitException",
      "BALANCE, 900, REJECTED, InvalidRequestException",
      "BALANCE, 990, REJECTED, InvalidRequestException",
      "BALANCE, 999, RETRYABLE, ServerException",
      "VIRTUAL_ACCOUNT, 000, SUCCESS, result",
      "VIRTUAL_ACCOUNT, 201, REJECTED, AuthenticationException",
      "VIRTUAL_ACCOUNT, 202, REJECTED, PermissionException",
      "VIRTUAL_ACCOUNT, 203, DUPLICATE, DuplicatePartnerTrxIdException",
      "VIRTUAL_ACCOUNT, 207, REJECTED, PermissionException",
      "VIRTUAL_ACCOUNT, 208, REJECTED, AuthenticationException",
      "VIRTUAL_ACCOUNT, 211, REJECTED, InvalidRequestException",
      "VIRTUAL_ACCOUNT, 212, REJECTED, InvalidRequestException",
      "VIRTUAL_ACCOUNT, 213, REJECTED, InvalidRequestException",
      "VIRTUAL_ACCOUNT, 214, REJECTED, InvalidRequestException",
      "VIRTUAL_ACCOUNT, 216, REJECTED, InvalidRequestException",
      "VIRTUAL_ACCOUNT, 217, REJECTED, ConflictException",
      "VIRTUAL_ACCOUNT, 219, REJECTED, InvalidRequestException",
      "VIRTUAL_ACCOUNT, 226, REJECTED, InvalidRequestException",
      "VIRTUAL_ACCOUNT, 245, REJECTED, InvalidRequestException",
      "VIRTUAL_ACCOUNT, 246, REJECTED, InvalidRequestException",
      "VIRTUAL_ACCOUNT, 260, REJECTED, InvalidRequestException",
      "VIRTUAL_ACCOUNT, 262, REJECTED, InvalidRequestException",
      "VIRTUAL_ACCOUNT, 990, REJECTED, InvalidRequestException",
      "VIRTUAL_ACCOUNT, 999, OUTCOME_UNKNOWN, ServerException",
      "ACCOUNT_RECEIVABLE, 000, SUCCESS, result",
      "ACCOUNT_RECEIVABLE, 204, NOT_FOUND, NotFoundException",
      "ACCOUNT_RECEIVABLE, 210, REJECTED, InvalidRequestException",
      "ACCOUNT_RECEIVABLE, 223, REJECTED, ConflictException",
      "ACCOUNT_RECEIVABLE, 247, REJECTED, InvalidRequestException",
      "ACCOUNT_RECEIVABLE, 300, RETRYABLE, ServerException",
      "ACCOUNT_RECEIVABLE, 400, REJECTED, InvalidRequestException",
      "ACCOUNT_RECEIVABLE, 901, REJECTED, InvalidRequestException",
  })
  void everyCodeIsClassifiedAndHandled(
      String table, String code, OyOutcome outcome, String handling) {
    assertThat(TABLES.get(table).outcomeOf(code)).isEqualTo(outcome);
    Consumer<OyClient> call = calls.get(table);
    if (call == null) {
      return;
    }
    if (table.equals("ACCOUNT_RECEIVABLE")) {
      enqueueJson(200, code.equals("000")
          ? "{\"success\":true,\"data\":{\"id\":\"i1\"},\"status_code\":200}"
          : "{\"success\":false,\"error\":{\"code\":\"" + code + "\",\"message\":\"msg " + code
              + "\"},\"data\":null,\"status_code\":" + code + "}");
    } else {
      enqueueJson(200, "{\"status\":{\"code\":\"" + code + "\",\"message\":\"msg " + code
          + "\"},\"amount\":125000,\"recipient_bank\":\"014\","
          + "\"recipient_account\":\"1239812390\"}");
    }
    if (handling.equals("lookup")) {
      enqueueJson(200, "{\"status\":{\"code\":\"101\",\"message\":\"Processed\"},"
          + "\"amount\":125000,\"recipient_bank\":\"014\",\"recipient_account\":\"1239812390\"}");
    }
    Throwable thrown = catchThrowable(() -> call.accept(oy));
    if (handling.equals("result") || handling.equals("lookup")) {
      assertThat(thrown).isNull();
    } else {
      assertThat(thrown).isInstanceOf(ApiException.class);
      assertThat(thrown.getClass().getSimpleName()).isEqualTo(handling);
      assertThat(((ApiException) thrown).providerCode()).isEqualTo(code);
      assertThat(((ApiException) thrown).providerMessage()).isEqualTo("msg " + code);
    }
  }
}
