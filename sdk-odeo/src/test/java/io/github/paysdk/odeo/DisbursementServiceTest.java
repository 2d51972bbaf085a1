package io.github.paysdk.odeo;

import static io.github.paysdk.odeo.SignedRequests.assertSigned;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.paysdk.odeo.disbursement.Bank;
import io.github.paysdk.odeo.disbursement.BankAccount;
import io.github.paysdk.odeo.disbursement.BankAccountInquiryRequest;
import io.github.paysdk.odeo.disbursement.BankAccountStatus;
import io.github.paysdk.odeo.disbursement.CreateDisbursementRequest;
import io.github.paysdk.odeo.disbursement.Disbursement;
import io.github.paysdk.odeo.disbursement.DisbursementStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each disbursement endpoint: the exact request (§3.7 rows 6-11) and the parsed example response. */
class DisbursementServiceTest extends OdeoMockServerTest {

  @Test
  void getBanks() {
    server.enqueueFixture("banks.json");

    List<Bank> banks = odeo.disbursement().getBanks();

    assertSigned(server.onlyApiRequest(), "GET", "/dg/v1/banks", null, "",
        "UxTAo4TnY4sMUX3kUMPJSRD7pYwP73UJ6wmJArXFyRs=");
    assertThat(banks).containsExactly(new Bank(1, "BCA", "014", "CENAIDJA"));
  }

  @Test
  void bankAccountInquiry() {
    server.enqueueFixture("bank-account-inquiry.json");

    BankAccount account = odeo.disbursement().bankAccountInquiry(BankAccountInquiryRequest.builder()
        .accountNumber("1234567890").bankId(1).customerName("Agus Hartono").withValidation(true).build());

    assertSigned(server.onlyApiRequest(), "POST", "/dg/v1/bank-account-inquiry", null,
        "{\"account_number\":\"1234567890\",\"bank_id\":1,\"customer_name\":\"Agus Hartono\","
            + "\"with_validation\":true}",
        "xXZNi3mjrdmp6NM6drpXFyTcZGec4b4dxuA5dB/cHqI=");
    assertThat(account).isEqualTo(new BankAccount(1, "1234567890", "Agus Hartono", "Agus Hartono",
        1000, 50000, Instant.ofEpochSecond(1612137600), "123", new BigDecimal("100")));
    assertThat(account.status()).isEqualTo(BankAccountStatus.COMPLETED_INQUIRY);
  }

  @Test
  void bankAccountInquirySendsWithValidationFalseByDefault() {
    server.enqueueFixture("bank-account-inquiry.json");

    odeo.disbursement().bankAccountInquiry(BankAccountInquiryRequest.builder()
        .accountNumber("1234567890").bankId(1).customerName("Agus Hartono").build());

    assertThat(server.onlyApiRequest().getBody().utf8()).endsWith(",\"with_validation\":false}");
  }

  @Test
  void createDisbursementWithDescription() {
    server.enqueueFixture("disbursement.json");

    Disbursement disbursement = odeo.disbursement().createDisbursement(exampleDisbursement()
        .description("Example fund disbursement").build());

    assertSigned(server.onlyApiRequest(), "POST", "/dg/v1/disbursements", null,
        "{\"account_number\":\"1234567890\",\"amount\":1000000,\"bank_id\":1,\"customer_name\":"
            + "\"Agus Hartono\",\"reference_id\":\"EXAMPLE-REF-ID-001\",\"description\":"
            + "\"Example fund disbursement\"}",
        "YrWxeSVGG8/Hn2zMGWfzuNutW5UNJMLyXlsDBQFlWfQ=");
    assertThat(disbursement).isEqualTo(new Disbursement("123", 1, "014", "1234567890", "Agus Hartono",
        1_000_000, 5000, "Example fund disbursement", "EXAMPLE-REF-ID-001", 10000,
        Instant.ofEpochSecond(1612137600)));
    assertThat(disbursement.status()).isEqualTo(DisbursementStatus.PENDING_DISBURSE_INQUIRY);
  }

  @Test
  void createDisbursementWithoutDescriptionOmitsTheKey() {
    server.enqueueFixture("disbursement.json");

    odeo.disbursement().createDisbursement(exampleDisbursement().build());

    assertSigned(server.onlyApiRequest(), "POST", "/dg/v1/disbursements", null,
        "{\"account_number\":\"1234567890\",\"amount\":1000000,\"bank_id\":1,\"customer_name\":"
            + "\"Agus Hartono\",\"reference_id\":\"EXAMPLE-REF-ID-001\"}",
        "JmIv/2S7NyOotzi3dGYrhW7Qc8Mat3GU5ANcW8/qumA=");
  }

  @Test
  void getDisbursementById() {
    server.enqueueFixture("disbursement.json");

    Disbursement disbursement = odeo.disbursement().getDisbursement("123");

    assertSigned(server.onlyApiRequest(), "GET", "/dg/v1/disbursements/123", null, "",
        "Ds7dqFQTYcpY176I+hk1Vwi4fC6kYyNYBo4CsIsIZB4=");
    assertThat(disbursement.disbursementId()).isEqualTo("123");
  }

  @Test
  void getDisbursementByReferenceId() {
    server.enqueueFixture("disbursement.json");

    Disbursement disbursement = odeo.disbursement().getDisbursementByReferenceId("EXAMPLE-REF-ID-001");

    assertSigned(server.onlyApiRequest(), "GET", "/dg/v1/disbursements/reference-id/EXAMPLE-REF-ID-001",
        null, "", "bS1/9owpQa5eIisCNMZ+E4c7n/XXx7P5fvh9DQ40+gk=");
    assertThat(disbursement.referenceId()).isEqualTo("EXAMPLE-REF-ID-001");
  }

  @Test
  void getDisbursementByEitherIdPicksTheOneGiven() {
    server.enqueueFixture("disbursement.json");
    server.enqueueFixture("disbursement.json");

    odeo.disbursement().getDisbursement(null, "EXAMPLE-REF-ID-001");
    odeo.disbursement().getDisbursement("123", null);

    assertThat(server.apiRequests()).extracting(r -> r.getUrl().encodedPath()).containsExactly(
        "/dg/v1/disbursements/reference-id/EXAMPLE-REF-ID-001", "/dg/v1/disbursements/123");
  }

  static CreateDisbursementRequest.Builder exampleDisbursement() {
    return CreateDisbursementRequest.builder()
        .accountNumber("1234567890").amount(1_000_000).bankId(1).customerName("Agus Hartono")
        .referenceId("EXAMPLE-REF-ID-001");
  }
}
