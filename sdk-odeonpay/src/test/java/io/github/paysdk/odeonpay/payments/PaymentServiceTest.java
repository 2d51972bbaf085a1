package io.github.paysdk.odeonpay.payments;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paysdk.odeonpay.OdeonPayServerTest;
import io.github.paysdk.odeonpay.model.OperationType;
import io.github.paysdk.odeonpay.model.Transaction;
import io.github.paysdk.odeonpay.model.TransactionStatus;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class PaymentServiceTest extends OdeonPayServerTest {

  @Test
  void chargeSendsTheDocsRequestAndReadsACompletedPayment() throws Exception {
    enqueueFixture("charge-completed.json");

    ChargeResult result = client.payments().charge(ChargeRequests.docExample().build());

    RecordedRequest request = take();
    assertThat(assertSignedPost(request, "/payments/charge/card")).isEqualTo(tree(fixture("charge-request.json")));
    assertThat(request.getBody().utf8()).contains("\"amount\":40.11,");
    assertThat(result).isInstanceOf(ChargeResult.Completed.class);
    Transaction transaction = ((ChargeResult.Completed) result).transaction();
    assertThat(transaction.transactionId()).isEqualTo(524L);
    assertThat(transaction.amount()).isEqualTo(new BigDecimal("40.11"));
    assertThat(transaction.invoiceId()).isEqualTo("9276334");
    assertThat(transaction.token()).isEqualTo("8163-KS17-JV29-KF28");
    assertThat(transaction.transactionStatus()).isEqualTo(TransactionStatus.COMPLETED);
    assertThat(transaction.reasonCode()).isZero();
    assertThat(transaction.toString()).doesNotContain("8163-KS17-JV29-KF28");
  }

  @Test
  void chargeReadsADeclineFromSuccessFalseWithAModel() {
    enqueueFixture("charge-declined.json");

    ChargeResult result = client.payments().charge(ChargeRequests.docExample().build());

    assertThat(result).isInstanceOfSatisfying(ChargeResult.Declined.class, declined -> {
      assertThat(declined.reasonCode()).isEqualTo(5051);
      assertThat(declined.reason()).isEqualTo("Insufficient Funds");
      assertThat(declined.message()).isEqualTo("Insufficient funds to process the transaction");
      assertThat(declined.transaction().amount()).isEqualByComparingTo("2873").hasToString("2873.00");
      assertThat(declined.transaction().token()).isNull();
    });
  }

  @Test
  void chargeReadsRedirect3dsDespiteSuccessFalse() {
    enqueueFixture("charge-3ds-redirect.json");

    ChargeResult result = client.payments().charge(ChargeRequests.docExample().build());

    assertThat(result).isEqualTo(new ChargeResult.Requires3dsRedirect(525L,
        "https://api.odeonpay.com/redirect/?link_reference=437b2e80220a11bc8b532f4e2aa8c471",
        "Requires 3DS authentication"));
  }

  @Test
  void chargeReadsAdvanced3dsWithAcsUrlPaReqAndMd() {
    enqueueFixture("charge-3ds-acs.json");

    ChargeResult result = client.payments().charge(ChargeRequests.docExample().build());

    assertThat(result).isInstanceOfSatisfying(ChargeResult.Requires3dsAcs.class, acs -> {
      assertThat(acs.acsUrl()).isEqualTo("http://ascbank.redisecure.com/ascpage/cap?id=8276844");
      assertThat(acs.paReq()).startsWith("eNpdU8tymzAU3ecrvMumYz1AgD2yZnDsTpMZx06TRdudLK5skhiIgNjust")
          .endsWith("QR0lkzsQ84PcFa/AUVN1TZXXWWWOgmLrpS26dm1exbaqijFC+/1+CKddhrnZII5cs7WOPnvnq9oBZf+wQ5qIxSzed+/8uPj9QO6flb98iiccOUbHT2QF1hlhmODRgARj6o0Z46jBezPaOd/i35+/hH7x7ATOQMconJf4hBLqKH2kN43aGMjUUYxCN4626ghwKPIMrMbm+7HuGYZSCevPfT4m83kQ/ObbRcCqsnHls7V++fVAHoPlnb/9eVMuVz+m8fzrNN5MXOwN6cJHaoMiETkZSbvUOGr3t0e7v7i5A+h8CcQVR5cX5D/FxN2u");
      assertThat(acs.md()).isEqualTo("529");
      assertThat(acs.method()).isEqualTo("post");
      assertThat(acs.toString()).doesNotContain("eNpdU8");
    });
  }

  @Test
  void chargeWithAnotherStatusIsPending() {
    enqueue(200, "{\"success\":true,\"message\":null,\"model\":{\"transactionId\":77,\"statusCode\":10,"
        + "\"status\":\"Created\",\"reasonCode\":0,\"reason\":\"Approved\"}}");

    ChargeResult result = client.payments().charge(ChargeRequests.docExample().build());

    assertThat(result).isInstanceOf(ChargeResult.Pending.class);
    assertThat(result.transactionId()).isEqualTo(77L);
  }

  @Test
  void post3dsSendsMdAndPaResAndReadsTheOutcome() throws Exception {
    enqueueFixture("post3ds.json");

    ChargeResult result = client.payments().post3ds(529, "eJzVWNmyo0iSfT");

    assertThat(assertSignedPost(take(), "/payments/post3ds"))
        .isEqualTo(tree("{\"transactionId\":529,\"paRes\":\"eJzVWNmyo0iSfT\"}"));
    assertThat(result).isInstanceOf(ChargeResult.Completed.class);
  }

  @Test
  void partialRefundSendsTheDocsBodyByteForByte() throws Exception {
    enqueueFixture("refund.json");

    Refund refund = client.payments().refund(524, new BigDecimal("13.34"));

    RecordedRequest request = take();
    assertThat(assertSignedPost(request, "/payments/refund")).isEqualTo(tree(fixture("refund-request.json")));
    assertThat(request.getBody().utf8()).isEqualTo("{\"transactionId\":524,\"amount\":13.34}");
    // Literal value computed with python3 hmac/hashlib/base64 (spec B.5 extra vector).
    assertThat(request.getHeaders().get("Content-HMAC"))
        .isEqualTo("YjMyM2UzNjc1MzZkZThhNWNjZDhiOGQzZGEwYzkwZDVkYTQ4Y2QwZjc5MzUyOTdiOGM2NzgwZmJhNGEzZjQ4YQ==");
    assertThat(refund.transactionId()).isEqualTo(1039L);
  }

  @Test
  void fullRefundSendsNoAmount() throws Exception {
    enqueueFixture("refund.json");

    client.payments().refund(524);

    assertThat(take().getBody().utf8()).isEqualTo("{\"transactionId\":524}");
  }

  @Test
  void statusSendsTheIdAsANumberAndReadsTheOperation() throws Exception {
    enqueueFixture("status.json");

    Transaction transaction = client.payments().status(144221);

    RecordedRequest request = take();
    assertSignedPost(request, "/payments/status");
    assertThat(request.getBody().utf8()).isEqualTo("{\"transactionId\":144221}");
    assertThat(request.getHeaders().get("Content-HMAC"))
        .isEqualTo("NzkyMGViNzE4OWQ4OTRmMzMyN2E4YmUzNDk3MGRlYzRjOWJmZDk0NmMyMjgxNzI5NTE5MmU5Y2Y1YzgwNWNkOA==");
    assertThat(transaction.transactionId()).isEqualTo(144221L);
    assertThat(transaction.amount()).hasToString("12.30");
    assertThat(transaction.operation()).isEqualTo(OperationType.PAYMENT);
    assertThat(transaction.transactionStatus()).isEqualTo(TransactionStatus.COMPLETED);
  }

  @Test
  void statusByInvoiceReadsEveryTransactionIncludingDuplicates() throws Exception {
    enqueueFixture("status-invoice.json");

    List<Transaction> transactions = client.payments().statusByInvoice("1781");

    assertThat(assertSignedPost(take(), "/payments/status/invoice")).isEqualTo(tree("{\"invoiceId\":\"1781\"}"));
    assertThat(transactions).extracting(Transaction::transactionId).containsExactly(501166L, 501167L);
    assertThat(transactions.get(1).isDuplicateInvoice()).isTrue();
    assertThat(transactions.get(1).isDeclined()).isTrue();
  }

  @Test
  void listSendsTheDayAndZoneAndReadsEpochMillis() throws Exception {
    enqueueFixture("list.json");

    List<ListedTransaction> list = client.payments().list(LocalDate.of(2020, 10, 25), ListTimezone.EUROPE_MOSCOW);

    assertThat(assertSignedPost(take(), "/payments/list"))
        .isEqualTo(tree("{\"date\":\"2020-10-25\", \"timezone\":\"Europe/Moscow\"}"));
    ListedTransaction entry = list.get(0);
    assertThat(entry.id()).isEqualTo(16213L);
    assertThat(entry.transactionStatus()).isEqualTo(TransactionStatus.COMPLETED);
    assertThat(entry.operation()).isEqualTo(OperationType.PAYMENT);
    assertThat(entry.createdAt()).isEqualTo(Instant.parse("2020-11-30T09:01:19Z"));
    assertThat(entry.completedAt()).isEqualTo(Instant.parse("2020-11-30T09:01:45Z"));
    assertThat(entry.cardFirstSix()).isEqualTo("411111");
    assertThat(entry.cardLastFour()).isEqualTo("1111");
    assertThat(entry.paymentTransactionId()).isNull();
  }

  @Test
  void listWithoutZoneOmitsIt() throws Exception {
    enqueueFixture("list.json");

    client.payments().list(LocalDate.of(2020, 10, 25));

    assertThat(take().getBody().utf8()).isEqualTo("{\"date\":\"2020-10-25\"}");
  }

  @Test
  void balanceIsAGetWithoutBodyAndToleratesTheDocsTrailingComma() throws Exception {
    enqueueFixture("balance.json");

    List<Balance> balances = client.payments().balance();

    RecordedRequest request = take();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/payments/balance");
    assertThat(request.getBodySize()).isZero();
    assertThat(request.getHeaders().get("Authorization")).isEqualTo(BASIC);
    assertThat(request.getHeaders().get("Content-HMAC"))
        .isEqualTo(independentHmac(SIGNATURE_KEY, "".getBytes(StandardCharsets.UTF_8)));
    assertThat(balances).hasSize(1);
    assertThat(balances.get(0).name()).isEqualTo("The balance");
    CurrencyBalance usd = balances.get(0).currencies().get(1);
    assertThat(usd.currency()).isEqualTo("USD");
    assertThat(usd.total()).hasToString("59483.00");
    assertThat(usd.pendingFee()).hasToString("45.10");
    assertThat(usd.available()).hasToString("54710.22");
  }
}
