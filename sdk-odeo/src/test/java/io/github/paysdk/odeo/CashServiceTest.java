package io.github.paysdk.odeo;

import static io.github.paysdk.odeo.SignedRequests.assertSigned;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.paysdk.core.paging.Page;
import io.github.paysdk.odeo.cash.Balance;
import io.github.paysdk.odeo.cash.Cash;
import io.github.paysdk.odeo.cash.CashTransaction;
import io.github.paysdk.odeo.cash.Channel;
import io.github.paysdk.odeo.cash.ListTransfersRequest;
import io.github.paysdk.odeo.cash.Topup;
import io.github.paysdk.odeo.cash.TransactionsHistoryRequest;
import io.github.paysdk.odeo.cash.Transfer;
import io.github.paysdk.odeo.cash.TransferRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each cash endpoint: the exact request (§3.7 rows 14-28) and the parsed example response. */
class CashServiceTest extends OdeoMockServerTest {
  private static final Instant FEB_1 = LocalDate.of(2021, 2, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
  private static final Instant APR_3 = LocalDate.of(2021, 4, 3).atStartOfDay(ZoneOffset.UTC).toInstant();
  private static final Instant T = Instant.ofEpochSecond(1612137600);

  @Test
  void createBulkTransfersWithSenderAndNote() {
    server.enqueueFixture("bulk-transfer.json");

    List<Transfer> transfers = odeo.cash().createBulkTransfers(List.of(TransferRequest.builder()
        .senderUserId(456L).receiverUserId(789).amount(1_000_000).referenceId("EXAMPLE-REF-ID-001")
        .note("Example description").build()));

    assertSigned(server.onlyApiRequest(), "POST", "/cash/bulk-transfer", null,
        "{\"requests\":[{\"receiver_user_id\":789,\"amount\":1000000,\"reference_id\":"
            + "\"EXAMPLE-REF-ID-001\",\"sender_user_id\":456,\"note\":\"Example description\"}]}",
        "TPGgchibPJopgD2RSgD7H69kT6RimGUZqVhHwgovTrI=");
    assertThat(transfers).containsExactly(new Transfer("123", 456L, 789L, 1_000_000,
        "EXAMPLE-REF-ID-001", "Example description", T));
  }

  @Test
  void createBulkTransfersSendsMissingSenderAndNoteAsNull() {
    server.enqueueFixture("bulk-transfer.json");

    odeo.cash().createBulkTransfers(List.of(TransferRequest.builder()
        .receiverUserId(789).amount(1_000_000).referenceId("EXAMPLE-REF-ID-001").build()));

    assertSigned(server.onlyApiRequest(), "POST", "/cash/bulk-transfer", null,
        "{\"requests\":[{\"receiver_user_id\":789,\"amount\":1000000,\"reference_id\":"
            + "\"EXAMPLE-REF-ID-001\",\"sender_user_id\":null,\"note\":null}]}",
        "Oncl5GPNiNlQHi/SKtuWa/HGjyGY7rkQ9jBA+j9aey4=");
  }

  @Test
  void transferWithoutSenderParses() {
    server.enqueueJson(200, "{\"transfers\":[{\"transfer_id\":\"1\",\"receiver_user_id\":\"789\","
        + "\"amount\":1000,\"reference_id\":\"R\",\"created_at\":1612137600.5}]}");

    Transfer transfer = odeo.cash().listTransfers().items().get(0);

    assertThat(transfer.senderUserId()).isNull();
    assertThat(transfer.note()).isNull();
    assertThat(transfer.createdAt()).isEqualTo(T.plusMillis(500));
  }

  @Test
  void listTransfers() {
    server.enqueueFixture("transfers.json");

    Page<Transfer> page = odeo.cash().listTransfers();

    assertSigned(server.onlyApiRequest(), "GET", "/cash/transfers", null, "",
        "YRHRKTH0L7nFSVGTO3Ng07KKBIys7olErXdtQFLVTio=");
    assertThat(page.items()).extracting(Transfer::referenceId).containsExactly("REF-ID-111");
    assertThat(page.hasNextPage()).isTrue();
  }

  @Test
  void listTransfersWithFiltersSendsTheQuerySortedAsSigned() {
    server.enqueueFixture("transfers.json");

    odeo.cash().listTransfers(ListTransfersRequest.builder()
        .referenceIds("REF-ID-111", "REF-ID-222").startDate(FEB_1).endDate(APR_3).pageToken("abcdef")
        .build());

    assertSigned(server.onlyApiRequest(), "GET", "/cash/transfers",
        "end_date=1617408000&page_token=abcdef&reference_ids%5B0%5D=REF-ID-111"
            + "&reference_ids%5B1%5D=REF-ID-222&start_date=1612137600",
        "", "9OFvffcuY/Jxg8wAFhvyidu8dLU9Ga/u5XbQas6e9hA=");
  }

  @Test
  void autoPagingFollowsNextPageTokenAndStopsWhenItIsAbsent() {
    server.enqueueJson(200, "{\"transfers\":[" + transfer("A") + "," + transfer("B")
        + "],\"next_page_token\":\"p2\"}");
    server.enqueueJson(200, "{\"transfers\":[" + transfer("C") + "]}");

    List<String> references = new ArrayList<>();
    odeo.cash().listTransfers(ListTransfersRequest.builder().referenceIds("A", "B", "C").build())
        .autoPagingIterable().forEach(t -> references.add(t.referenceId()));

    assertThat(references).containsExactly("A", "B", "C");
    assertThat(server.apiRequests()).hasSize(2);
    assertThat(server.apiRequests().get(0).getUrl().queryParameter("page_token")).isNull();
    assertThat(server.apiRequests().get(1).getUrl().queryParameter("page_token")).isEqualTo("p2");
    assertThat(server.apiRequests().get(1).getUrl().queryParameter("reference_ids[2]")).isEqualTo("C");
  }

  @Test
  void pagingStopsOnAnEmptyPageOrARepeatedToken() {
    server.enqueueJson(200, "{\"transfers\":[" + transfer("A") + "],\"next_page_token\":\"same\"}");
    server.enqueueJson(200, "{\"transfers\":[" + transfer("B") + "],\"next_page_token\":\"same\"}");

    List<Transfer> all = odeo.cash().listTransfers().stream().toList();

    assertThat(all).extracting(Transfer::referenceId).containsExactly("A", "B");
    assertThat(server.apiRequests()).hasSize(2);
  }

  @Test
  void createVaTopupForASubUser() {
    server.enqueueFixture("va-topup.json");

    Topup topup = odeo.cash().createVaTopup(1_000_000, 123L);

    assertSigned(server.onlyApiRequest(), "POST", "/cash/va-topup", null,
        "{\"amount\":1000000,\"user_id\":123}", "7LtJU4UaR9yUuNzbLww1sYyMEM14ctQCnfp4bTp4++A=");
    assertThat(topup).isEqualTo(new Topup(List.of(new Channel(5000, 31, "abcdef", 1_000_000, 1_005_000)),
        "456", T));
  }

  @Test
  void createVaTopupForYourselfSendsUserIdNull() {
    server.enqueueFixture("va-topup.json");

    odeo.cash().createVaTopup(1_000_000);

    assertThat(server.onlyApiRequest().getBody().utf8()).isEqualTo("{\"amount\":1000000,\"user_id\":null}");
  }

  @Test
  void findActiveVaTopup() {
    server.enqueueFixture("va-topup.json");

    Topup topup = odeo.cash().findActiveVaTopup();

    assertSigned(server.onlyApiRequest(), "GET", "/cash/va-topup/active", null, "",
        "9JcNSUOjeLKP0ENLp671MTl4rYBX55iEtg6Q/V0dNo0=");
    assertThat(topup.topupId()).isEqualTo("456");
  }

  @Test
  void findActiveVaTopupOfASubUser() {
    server.enqueueFixture("va-topup.json");

    odeo.cash().findActiveVaTopup(123);

    assertSigned(server.onlyApiRequest(), "GET", "/cash/va-topup/active", "user_id=123", "",
        "rdg9EpRwjKbHPRwos6L1clPGP15w6zHTUOUM+4uUk3A=");
  }

  @Test
  void cancelVaTopupSendsNoBodyButAJsonContentType() {
    server.enqueueFixture("va-topup-cancel.json");

    odeo.cash().cancelVaTopup();

    assertSigned(server.onlyApiRequest(), "POST", "/cash/va-topup/cancel", null, "",
        "Xx6lyK8XK7FJmwzQPVLngIMFUaIq4e+cYyue/nw/ET8=");
    assertThat(server.onlyApiRequest().getHeaders().get("Content-Length")).isEqualTo("0");
  }

  @Test
  void cancelVaTopupOfASubUser() {
    server.enqueueFixture("va-topup-cancel.json");

    odeo.cash().cancelVaTopup(123);

    assertSigned(server.onlyApiRequest(), "POST", "/cash/va-topup/cancel", null, "{\"user_id\":123}",
        "D1TXjaSBB5x+sCyzHgqz+hdXK0nu4fN6ClnZsRQYTPE=");
  }

  @Test
  void getOwnBalance() {
    server.enqueueFixture("balance.json");

    Balance balance = odeo.cash().getBalance();

    assertSigned(server.onlyApiRequest(), "GET", "/cash/me/balance", null, "",
        "ms3Xm918ZnQ8rayEjAvnV86uKTxQLqFv/7M6F+SJ1kk=");
    assertThat(balance).isEqualTo(new Balance(new Cash(1_000_000, "IDR", "Rp1,000,000"),
        new Cash(100_000, "IDR", "Rp100,000")));
  }

  @Test
  void getSubUserBalance() {
    server.enqueueFixture("balance.json");

    odeo.cash().getBalance(123);

    assertSigned(server.onlyApiRequest(), "GET", "/cash/123/balance", null, "",
        "8ek7fHgiGmYXUDRO/7ygi2enSnxrAwEvEUDo13AJQJ8=");
  }

  @Test
  void getOwnTransactionsHistory() {
    server.enqueueFixture("transactions.json");

    Page<CashTransaction> page = odeo.cash().getTransactionsHistory();

    assertSigned(server.onlyApiRequest(), "GET", "/cash/transactions", null, "",
        "mDAKk7c//3X7r4X6Q/G0EtlY0fq0Ix7xQG2Gn4oI/A4=");
    assertThat(page.items()).containsExactly(new CashTransaction("123", "456", 1_000_000, 1_000_000,
        2_000_000, "api_disbursement", T));
  }

  @Test
  void getOwnTransactionsHistoryWithDatesInUtcWhateverTheJvmZone() {
    server.enqueueFixture("transactions.json");

    odeo.cash().getTransactionsHistory(TransactionsHistoryRequest.builder()
        .startDate(FEB_1).endDate(APR_3).pageToken("ghijkl").build());

    assertSigned(server.onlyApiRequest(), "GET", "/cash/transactions",
        "end_date=1617408000&page_token=ghijkl&start_date=1612137600", "",
        "cONLC0e0B/lAd7k0NV3TP7gOHTAAR5O5VzX7O8hUf5k=");
  }

  @Test
  void getSubUsersTransactionsHistory() {
    server.enqueueFixture("transactions.json");

    odeo.cash().getTransactionsHistory(TransactionsHistoryRequest.builder().userIds(456L, 789L).build());

    assertSigned(server.onlyApiRequest(), "GET", "/cash/sub-user-transactions",
        "user_ids%5B0%5D=456&user_ids%5B1%5D=789", "", "Br3ynlMByEKQfm7IZFi96JQ3jHluDpuGPalutS49Vtk=");
  }

  @Test
  void getSubUsersTransactionsHistoryWithFilters() {
    server.enqueueFixture("transactions.json");

    odeo.cash().getTransactionsHistory(TransactionsHistoryRequest.builder().userIds(456L, 789L)
        .startDate(FEB_1).endDate(APR_3).pageToken("ghijkl").build());

    assertSigned(server.onlyApiRequest(), "GET", "/cash/sub-user-transactions",
        "end_date=1617408000&page_token=ghijkl&start_date=1612137600&user_ids%5B0%5D=456"
            + "&user_ids%5B1%5D=789",
        "", "kFIBW9qN5Z3IKUR1blmXIwxgdluIPLffCw3Kz5sWSKU=");
  }

  private static String transfer(String reference) {
    return "{\"transfer_id\":\"t-" + reference + "\",\"sender_user_id\":\"1\",\"receiver_user_id\":\"2\","
        + "\"amount\":1000,\"reference_id\":\"" + reference + "\",\"created_at\":\"1612137600\"}";
  }
}
