package io.github.paysdk.momo.collection;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paysdk.momo.MomoTestSupport;
import io.github.paysdk.momo.model.AccountHolder;
import io.github.paysdk.momo.model.Accepted;
import io.github.paysdk.momo.model.Party;
import io.github.paysdk.momo.model.ReasonCode;
import io.github.paysdk.momo.model.TransactionResult;
import io.github.paysdk.momo.model.TransactionStatus;
import java.util.List;
import java.util.UUID;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CollectionServiceTest extends MomoTestSupport {
  private static final UUID REFERENCE_ID = UUID.fromString("5c2f1e0d-3b4a-4c5d-8e6f-7a8b9c0d1e2f");
  private static final String PAYER_JSON = "{\"amount\":\"100\",\"currency\":\"EUR\",\"externalId\":\"order-42\","
      + "\"payer\":{\"partyIdType\":\"MSISDN\",\"partyId\":\"56733123453\"},"
      + "\"payerMessage\":\"Order 42\",\"payeeNote\":\"Shop\"}";

  private static RequestToPayRequest requestToPay() {
    return RequestToPayRequest.builder().amount("100").currency("EUR").externalId("order-42")
        .payer(Party.msisdn("56733123453")).payerMessage("Order 42").payeeNote("Shop")
        .referenceId(REFERENCE_ID).build();
  }

  @BeforeEach
  void token() {
    enqueueToken();
  }

  private RecordedRequest takeAfterToken() {
    assertTokenRequest("collection", COLLECTION_KEY);
    return take();
  }

  private static void assertCreate(RecordedRequest request, String method, String path) {
    assertThat(request.getMethod()).isEqualTo(method);
    assertThat(request.getUrl().encodedPath()).isEqualTo(path);
    assertProductHeaders(request, COLLECTION_KEY);
    assertThat(request.getHeaders().get("X-Reference-Id")).isEqualTo(REFERENCE_ID.toString());
  }

  @Test
  void requestToPayUsesTheDefaultCallbackUrl() {
    momo.close();
    momo = builder().defaultCallbackUrl("https://shop.example/momo/callback").build();
    enqueueAccepted();

    Accepted accepted = momo.collection().requestToPay(requestToPay());

    assertThat(accepted.referenceId()).isEqualTo(REFERENCE_ID);
    RecordedRequest request = takeAfterToken();
    assertCreate(request, "POST", "/collection/v1_0/requesttopay");
    assertThat(request.getHeaders().get("X-Callback-Url")).isEqualTo("https://shop.example/momo/callback");
    assertJsonBody(request, PAYER_JSON);
  }

  @Test
  void requestToPayStatusWithReasonAsObjectOrString() {
    enqueueJson(200, fixture("requesttopay-status.json"));
    enqueueJson(200, fixture("status-failed-reason-object.json"));

    TransactionResult ok = momo.collection().requestToPayStatus(REFERENCE_ID);
    TransactionResult rejected = momo.collection().requestToPayStatus(REFERENCE_ID);

    RecordedRequest request = takeAfterToken();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/collection/v1_0/requesttopay/" + REFERENCE_ID);
    assertProductHeaders(request, COLLECTION_KEY);
    assertThat(ok.isSuccessful()).isTrue();
    assertThat(ok.payer().partyId()).isEqualTo("56733123452");
    assertThat(ok.financialTransactionId()).isEqualTo("1195582132");
    assertThat(rejected.status()).isEqualTo(TransactionStatus.FAILED);
    assertThat(rejected.reason().reasonCode()).isEqualTo(ReasonCode.APPROVAL_REJECTED);
    assertThat(rejected.reason().message()).isEqualTo("Payer rejected the request");
  }

  @Test
  void deliveryNotificationSendsHeaderAndBody() {
    enqueueJson(200, "{}");

    momo.collection().requestToPayDeliveryNotification(REFERENCE_ID, "Your order is on its way", "en");

    RecordedRequest request = takeAfterToken();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getUrl().encodedPath())
        .isEqualTo("/collection/v1_0/requesttopay/" + REFERENCE_ID + "/deliverynotification");
    assertProductHeaders(request, COLLECTION_KEY);
    assertThat(request.getHeaders().get("notificationMessage")).isEqualTo("Your order is on its way");
    assertThat(request.getHeaders().get("Language")).isEqualTo("en");
    assertJsonBody(request, "{\"notificationMessage\":\"Your order is on its way\"}");
  }

  @Test
  void requestToWithdrawV1V2AndStatus() {
    enqueueAccepted();
    enqueueAccepted();
    enqueueJson(200, fixture("requesttopay-status.json"));

    momo.collection().requestToWithdrawV1(requestToPay());
    RecordedRequest v1 = takeAfterToken();
    momo.collection().requestToWithdrawV2(requestToPay());
    RecordedRequest v2 = take();
    TransactionResult status = momo.collection().requestToWithdrawStatus(REFERENCE_ID);

    assertCreate(v1, "POST", "/collection/v1_0/requesttowithdraw");
    assertJsonBody(v1, PAYER_JSON);
    assertCreate(v2, "POST", "/collection/v2_0/requesttowithdraw");
    assertJsonBody(v2, PAYER_JSON);
    assertThat(take().getUrl().encodedPath())
        .isEqualTo("/collection/v1_0/requesttowithdraw/" + REFERENCE_ID);
    assertThat(status.isSuccessful()).isTrue();
  }

  @Test
  void invoiceCreateStatusAndCancel() {
    UUID cancelId = UUID.fromString("7d6c5b4a-3f2e-4d1c-8b0a-9f8e7d6c5b4a");
    enqueueAccepted();
    enqueueJson(200, fixture("invoice-status.json"));
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
        .body("{\"externalId\":\"787344bd\"}").build());

    momo.collection().createInvoice(CreateInvoiceRequest.builder().externalId("787344bd")
        .amount("700000").currency("EUR").validityDuration(360)
        .intendedPayer(Party.msisdn("5677876667")).payee(Party.msisdn("56733123453"))
        .description("MoMo Invoice API").referenceId(REFERENCE_ID).build());
    InvoiceResult invoice = momo.collection().invoiceStatus(REFERENCE_ID);
    Accepted cancelled = momo.collection().cancelInvoice(REFERENCE_ID, "787344bd", cancelId, null);

    RecordedRequest create = takeAfterToken();
    assertCreate(create, "POST", "/collection/v2_0/invoice");
    assertJsonBody(create, "{\"externalId\":\"787344bd\",\"amount\":\"700000\",\"currency\":\"EUR\","
        + "\"validityDuration\":\"360\",\"intendedPayer\":{\"partyIdType\":\"MSISDN\",\"partyId\":\"5677876667\"},"
        + "\"payee\":{\"partyIdType\":\"MSISDN\",\"partyId\":\"56733123453\"},\"description\":\"MoMo Invoice API\"}");
    RecordedRequest status = take();
    assertThat(status.getUrl().encodedPath()).isEqualTo("/collection/v2_0/invoice/" + REFERENCE_ID);
    assertThat(invoice.status()).isEqualTo(TransactionStatus.SUCCESSFUL);
    assertThat(invoice.invoiceId()).isEqualTo("1308629355");
    assertThat(invoice.expiryDateTime()).isEqualTo("2024-11-10T17:36:25.698");
    RecordedRequest cancel = take();
    assertThat(cancel.getMethod()).isEqualTo("DELETE");
    assertThat(cancel.getUrl().encodedPath()).isEqualTo("/collection/v2_0/invoice/" + REFERENCE_ID);
    assertThat(cancel.getHeaders().get("X-Reference-Id")).isEqualTo(cancelId.toString());
    assertJsonBody(cancel, "{\"externalId\":\"787344bd\"}");
    assertThat(cancelled).isEqualTo(new Accepted(cancelId, false));
  }

  @Test
  void paymentCreateAndStatus() {
    enqueueAccepted();
    enqueueJson(200, "{\"referenceId\":\"" + REFERENCE_ID + "\",\"status\":\"SUCCESSFUL\","
        + "\"financialTransactionId\":\"23503452\"}");

    momo.collection().createPayment(CreatePaymentRequest.builder().externalTransactionId("tx-9")
        .money(Money.of("1000", "EUR")).customerReference("cust-1").serviceProviderUserName("shop")
        .receiverMessage("Thanks").maxNumberOfRetries(2).includeSenderCharges(false)
        .referenceId(REFERENCE_ID).build());
    PaymentResult result = momo.collection().paymentStatus(REFERENCE_ID);

    RecordedRequest create = takeAfterToken();
    assertCreate(create, "POST", "/collection/v2_0/payment");
    assertJsonBody(create, "{\"externalTransactionId\":\"tx-9\",\"money\":{\"amount\":\"1000\","
        + "\"currency\":\"EUR\"},\"customerReference\":\"cust-1\",\"serviceProviderUserName\":\"shop\","
        + "\"receiverMessage\":\"Thanks\",\"maxNumberOfRetries\":2,\"includeSenderCharges\":false}");
    assertThat(take().getUrl().encodedPath()).isEqualTo("/collection/v2_0/payment/" + REFERENCE_ID);
    assertThat(result.status()).isEqualTo(TransactionStatus.SUCCESSFUL);
    assertThat(result.financialTransactionId()).isEqualTo("23503452");
  }

  @Test
  void preApprovalCreateStatusListAndCancel() {
    enqueueAccepted();
    enqueueJson(200, "{\"payer\":{\"partyIdType\":\"MSISDN\",\"partyId\":\"46733123450\"},"
        + "\"payerCurrency\":\"EUR\",\"payerMessage\":\"Monthly\",\"status\":\"FAILED\","
        + "\"expirationDateTime\":\"2025-01-01T00:00:00\",\"reason\":\"APPROVAL_REJECTED\"}");
    enqueueJson(200, "[{\"preApprovalId\":\"pa-1\",\"toFri\":\"FRI:shop/USER\",\"fromFri\":"
        + "\"FRI:46733123450/MSISDN\",\"fromCurrency\":\"EUR\",\"status\":\"APPROVED\","
        + "\"frequency\":\"MONTHLY\",\"maxDebitAmount\":\"500\"},{\"preApprovalId\":\"pa-2\",\"status\":\"PAUSED\"}]");
    server.enqueue(new MockResponse.Builder().code(200).build());

    momo.collection().preApproval(PreApprovalRequest.builder().payer(Party.msisdn("46733123450"))
        .payerCurrency("EUR").payerMessage("Monthly").validityTime(3600).referenceId(REFERENCE_ID).build());
    PreApprovalResult status = momo.collection().preApprovalStatus(REFERENCE_ID);
    List<PreApprovalDetails> approved =
        momo.collection().approvedPreApprovals(AccountHolder.msisdn("46733123450"));
    momo.collection().cancelPreApproval("pa-1");

    RecordedRequest create = takeAfterToken();
    assertCreate(create, "POST", "/collection/v2_0/preapproval");
    assertJsonBody(create, "{\"payer\":{\"partyIdType\":\"MSISDN\",\"partyId\":\"46733123450\"},"
        + "\"payerCurrency\":\"EUR\",\"payerMessage\":\"Monthly\",\"validityTime\":3600}");
    assertThat(take().getUrl().encodedPath()).isEqualTo("/collection/v2_0/preapproval/" + REFERENCE_ID);
    assertThat(status.status()).isEqualTo(TransactionStatus.FAILED);
    assertThat(status.reason().code()).isEqualTo("APPROVAL_REJECTED");
    assertThat(take().getUrl().encodedPath()).isEqualTo("/collection/v1_0/preapprovals/msisdn/46733123450");
    assertThat(approved).hasSize(2);
    assertThat(approved.get(0).status()).isEqualTo(PreApprovalState.APPROVED);
    assertThat(approved.get(1).status()).isEqualTo(PreApprovalState.UNKNOWN);
    RecordedRequest cancel = take();
    assertThat(cancel.getMethod()).isEqualTo("DELETE");
    assertThat(cancel.getUrl().encodedPath()).isEqualTo("/collection/v1_0/preapproval/pa-1");
    assertProductHeaders(cancel, COLLECTION_KEY);
  }
}
