package io.github.paysdk.oy.virtualaccount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.paysdk.core.error.ApiException;
import io.github.paysdk.core.error.InvalidRequestException;
import io.github.paysdk.core.error.PaySdkException;
import io.github.paysdk.core.error.ServerException;
import io.github.paysdk.core.paging.Page;
import io.github.paysdk.oy.error.DuplicatePartnerTrxIdException;
import io.github.paysdk.oy.OyTestSupport;
import io.github.paysdk.oy.model.SettlementStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class VirtualAccountServiceTest extends OyTestSupport {

  @Test
  void createSendsTheDocsBodyAndParsesTheDocsExample() {
    enqueueFixture("virtualaccount/create.json");

    VirtualAccount va = oy.virtualAccounts().create(CreateVirtualAccountRequest.builder()
        .partnerUserId("51200021").bankCode("002").amount(0).open(true).singleUse(false)
        .lifetime(false).expirationMinutes(5).usernameDisplay("va name").email("email@mail.com")
        .trxExpirationMinutes(5).partnerTrxId("TRX0001").trxCounter(1).build());

    takeJsonRequest("POST", "/api/generate-static-va", "{\"partner_user_id\":\"51200021\","
        + "\"bank_code\":\"002\",\"amount\":0,\"is_open\":true,\"is_single_use\":false,"
        + "\"is_lifetime\":false,\"expiration_time\":5,\"username_display\":\"va name\","
        + "\"email\":\"email@mail.com\",\"trx_expiration_time\":5,\"partner_trx_id\":\"TRX0001\","
        + "\"trx_counter\":1}");
    assertThat(va.id()).isEqualTo("12345b1-23be-45670-a123-5ca678f12b3e");
    assertThat(va.status().code()).isEqualTo("000");
    assertThat(va.amount()).isEqualByComparingTo("0");
    assertThat(va.vaNumber()).isEqualTo("123456789182827272");
    assertThat(va.bankCode()).isEqualTo("002");
    assertThat(va.isOpen()).isTrue();
    assertThat(va.isSingleUse()).isFalse();
    assertThat(va.expirationTime()).isEqualTo(Instant.ofEpochMilli(1582783668175L));
    assertThat(va.vaStatus()).isEqualTo(VaStatus.WAITING_PAYMENT);
    assertThat(va.usernameDisplay()).isEqualTo("va name");
    assertThat(va.partnerUserId()).isEqualTo("51200021");
    assertThat(va.counterIncomingPayment()).isZero();
    assertThat(va.partnerTrxId()).isEqualTo("TRX0001");
    assertThat(va.trxExpirationTime()).isEqualTo(Instant.ofEpochMilli(1582783668175L));
    assertThat(va.trxCounter()).isEqualTo(1);
  }

  @Test
  void createLeavesUnsetFieldsOut() {
    enqueueFixture("virtualaccount/create.json");

    oy.virtualAccounts().create(CreateVirtualAccountRequest.builder()
        .partnerUserId("u1").bankCode("014").build());

    takeJsonRequest("POST", "/api/generate-static-va",
        "{\"partner_user_id\":\"u1\",\"bank_code\":\"014\"}");
  }

  @Test
  void getParsesTheDocsExample() {
    enqueueFixture("virtualaccount/get.json");

    VirtualAccount va = oy.virtualAccounts().get("1414255-12121-21212121-212121");

    takeRequest("GET", "/api/static-virtual-account/1414255-12121-21212121-212121");
    assertThat(va.amount()).isEqualTo(new BigDecimal("10000.0000"));
    assertThat(va.bankName()).isEqualTo("Bank BRI");
    assertThat(va.amountDetected()).isEqualByComparingTo("0");
    assertThat(va.created()).isEqualTo(Instant.ofEpochMilli(1613545965167L));
    assertThat(va.trxCounter()).isEqualTo(-1);
  }

  @Test
  void updateSendsTheDocsBodyAndParsesTheDocsExample() {
    enqueueFixture("virtualaccount/update.json");

    VirtualAccount va = oy.virtualAccounts().update("1414255-12121-21212121-212121",
        UpdateVirtualAccountRequest.builder().amount(50_000).singleUse(false).expirationMinutes(30)
            .usernameDisplay("test").lifetime(false).email("email@domain.com")
            .trxExpirationMinutes(5).partnerTrxId("TRX0002").trxCounter(1).build());

    takeJsonRequest("PUT", "/api/static-virtual-account/1414255-12121-21212121-212121",
        "{\"amount\":50000,\"is_single_use\":false,\"expiration_time\":30,"
            + "\"username_display\":\"test\",\"is_lifetime\":false,\"email\":\"email@domain.com\","
            + "\"trx_expiration_time\":5,\"partner_trx_id\":\"TRX0002\",\"trx_counter\":1}");
    assertThat(va.amount()).isEqualByComparingTo("50000");
    assertThat(va.partnerTrxId()).isEqualTo("TRX0002");
    assertThat(va.expirationTime()).isEqualTo(Instant.ofEpochMilli(1582802205412L));
  }

  @Test
  void deactivateSendsExpirationTimeZero() {
    enqueueJson(200, "{\"id\":\"v1\",\"status\":{\"code\":\"000\",\"message\":\"Success\"},"
        + "\"va_status\":\"expired\",\"expiration_time\":-1}");

    VirtualAccount va = oy.virtualAccounts().deactivate("v1");

    takeJsonRequest("PUT", "/api/static-virtual-account/v1", "{\"expiration_time\":0}");
    assertThat(va.vaStatus()).isEqualTo(VaStatus.EXPIRED);
    assertThat(va.expirationTime()).isNull();
  }

  @Test
  void listParsesTheDocsExampleAndPagesByTotal() {
    enqueueFixture("virtualaccount/list.json");

    Page<VirtualAccount> page = oy.virtualAccounts().list(0, 2);

    takeRequest("GET", "/api/static-virtual-account?offset=0&limit=2");
    assertThat(page.items()).extracting(VirtualAccount::id)
        .containsExactly("9a660428-3373-436b-b929-ef69698dd26f",
            "de51383f-1557-409c-8542-dcb74ca76375");
    assertThat(page.items().get(0).vaStatus()).isEqualTo(VaStatus.EXPIRED);
    assertThat(page.items().get(0).amountDetected()).isEqualByComparingTo("400000");
    assertThat(page.items().get(0).isSingleUse()).isFalse();
    assertThat(page.hasNextPage()).isTrue();

    enqueueJson(200, "{\"total\":5,\"data\":[],\"status\":{\"code\":\"000\"}}");
    assertThat(page.nextPage().items()).isEmpty();
    takeRequest("GET", "/api/static-virtual-account?offset=2&limit=2");
  }

  @Test
  void transactionsParsesTheDocsExampleWithWibTimes() {
    enqueueFixture("virtualaccount/transactions.json");

    Page<VaTransaction> page = oy.virtualAccounts().transactions(
        "2701b82a-89f8-4343-81a2-fa0c92edca09", 0, 5);

    takeRequest("GET",
        "/api/va-tx-history/2701b82a-89f8-4343-81a2-fa0c92edca09?offset=0&limit=5");
    VaTransaction tx = page.items().get(0);
    assertThat(tx.id()).isEqualTo("d9c2963f-be14-4558-9380-5ba1db8ed156");
    assertThat(tx.created()).isEqualTo(Instant.parse("2020-02-27T00:48:01Z"));
    assertThat(tx.name()).isEqualTo("Static VA by username");
    assertThat(tx.amount()).isEqualByComparingTo("10000");
    assertThat(tx.adminFee()).isEqualByComparingTo("1000");
    assertThat(tx.vaNumber()).isEqualTo("123456000000000001");
    assertThat(tx.vaHistoryId()).isEqualTo("3d5c41e6-04ac-4f1a-bd5e-53887fedf98f");
    assertThat(tx.lastUpdated()).isEqualTo(Instant.parse("2020-02-27T03:08:01Z"));
    assertThat(tx.settlementTime()).isEqualTo(Instant.parse("2020-02-28T08:00:00Z"));
    assertThat(tx.settlementStatus()).isEqualTo(SettlementStatus.WAITING);
    assertThat(page.hasNextPage()).isFalse();
  }

  @Test
  void createCustomSendsTheDocsBodyAndParsesTheDocsExample() {
    enqueueFixture("virtualaccount/create-custom.json");

    VirtualAccount va = oy.virtualAccounts().createCustom(CreateCustomVaRequest.builder()
        .partnerUserId("51200021").bankCode("002").amount(10_000).open(false)
        .usernameDisplay("va name").email("email@mail.com").trxExpirationMinutes(5)
        .partnerTrxId("TRX0001").vaSuffix("081234567890").build());

    takeJsonRequest("POST", "/api/custom-va", "{\"partner_user_id\":\"51200021\","
        + "\"bank_code\":\"002\",\"amount\":10000,\"is_open\":false,\"username_display\":\"va name\","
        + "\"email\":\"email@mail.com\",\"trx_expiration_time\":5,\"partner_trx_id\":\"TRX0001\","
        + "\"va_suffix\":\"081234567890\"}");
    assertThat(va.vaNumber()).isEqualTo("134789181234567890");
    assertThat(va.isOpen()).isFalse();
    assertThat(va.isSingleUse()).isNull();
    assertThat(va.trxCounter()).isNull();
  }

  @Test
  void updateCustomParsesTheDocsExampleDespiteItsTrailingComma() {
    enqueueFixture("virtualaccount/update-custom.json");

    VirtualAccount va = oy.virtualAccounts().updateCustom("1414255-12121-21212121-212121",
        UpdateCustomVaRequest.builder().amount(50_000).usernameDisplay("test")
            .email("email@domain.com").trxExpirationMinutes(5).partnerTrxId("TRX0002").build());

    takeJsonRequest("PUT", "/api/custom-va/1414255-12121-21212121-212121",
        "{\"amount\":50000,\"username_display\":\"test\",\"email\":\"email@domain.com\","
            + "\"trx_expiration_time\":5,\"partner_trx_id\":\"TRX0002\"}");
    assertThat(va.usernameDisplay()).isEqualTo("test");
    assertThat(va.partnerTrxId()).isEqualTo("TRX0002");
  }

  @Test
  void deactivateCustomSendsADeleteWithoutBody() {
    enqueueFixture("virtualaccount/deactivate-custom.json");

    oy.virtualAccounts().deactivateCustom("1414255-12121-21212121-212121");

    takeRequest("DELETE", "/api/custom-va/1414255-12121-21212121-212121");
  }

  @Test
  void aDuplicatePartnerTrxIdIsADuplicateNotAFailure() {
    enqueueStatus("203", "Request is Rejected (Duplicate Partner Tx ID)");

    assertThatThrownBy(() -> oy.virtualAccounts().create(CreateVirtualAccountRequest.builder()
        .partnerUserId("u1").bankCode("014").partnerTrxId("T1").build()))
        .isInstanceOf(DuplicatePartnerTrxIdException.class)
        .satisfies(e -> assertThat(((PaySdkException) e).lookupKey()).isEqualTo("T1"));
  }

  @Test
  void code214KeepsOysMessageBecauseItHasTwoMeanings() {
    enqueueStatus("214", "Request is Rejected (Amount type is not supported for the requested"
        + " bank code)");

    assertThatThrownBy(() -> oy.virtualAccounts().get("v1"))
        .isInstanceOf(InvalidRequestException.class)
        .satisfies(e -> assertThat(((ApiException) e).providerMessage())
            .contains("Amount type is not supported"));
  }

  @Test
  void code999OnCreateIsOutcomeUnknown() {
    enqueueStatus("999", "Internal Server Error");

    assertThatThrownBy(() -> oy.virtualAccounts().create(CreateVirtualAccountRequest.builder()
        .partnerUserId("u1").bankCode("014").build()))
        .isInstanceOf(ServerException.class)
        .satisfies(e -> assertThat(((PaySdkException) e).isOutcomeUnknown()).isTrue());
  }

  @Test
  void unknownVaStatusDoesNotCrash() {
    enqueueJson(200, "{\"id\":\"v1\",\"status\":{\"code\":\"000\"},\"va_status\":\"FROZEN\"}");

    assertThat(oy.virtualAccounts().get("v1").vaStatus()).isEqualTo(VaStatus.UNKNOWN);
  }

  @Test
  void badInputIsRejectedBeforeAnyRequest() {
    List<Supplier<?>> bad = List.of(
        () -> CreateVirtualAccountRequest.builder().bankCode("002").build(),
        () -> CreateVirtualAccountRequest.builder().partnerUserId("u").bankCode("O02").build(),
        () -> CreateVirtualAccountRequest.builder().partnerUserId("u").bankCode("002")
            .open(false).build(),
        () -> CreateVirtualAccountRequest.builder().partnerUserId("u").bankCode("002")
            .amount(-1).build(),
        () -> CreateVirtualAccountRequest.builder().partnerUserId("u").bankCode("451")
            .expirationMinutes(100_000).build(),
        () -> CreateVirtualAccountRequest.builder().partnerUserId("u").bankCode("002")
            .trxCounter(0).build(),
        () -> CreateVirtualAccountRequest.builder().partnerUserId("u").bankCode("002")
            .usernameDisplay("x".repeat(256)).build(),
        () -> CreateCustomVaRequest.builder().partnerUserId("u").bankCode("002")
            .vaSuffix("12345").build(),
        () -> CreateCustomVaRequest.builder().partnerUserId("u").bankCode("002")
            .vaSuffix("08123456789a").build(),
        () -> UpdateVirtualAccountRequest.builder().expirationMinutes(-1).build(),
        () -> oy.virtualAccounts().get(""),
        () -> oy.virtualAccounts().list(0, 0));
    List<String> fields = rejectedFields(bad);

    assertThat(fields).containsExactly("partnerUserId", "bankCode", "amount", "amount",
        "expirationTime", "trxCounter", "usernameDisplay", "vaSuffix", "vaSuffix",
        "expirationTime", "id", "limit");
    assertThat(server.getRequestCount()).isZero();
  }
}
