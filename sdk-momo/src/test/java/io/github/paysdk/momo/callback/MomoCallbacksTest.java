package io.github.paysdk.momo.callback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.paysdk.core.error.MalformedPayloadException;
import io.github.paysdk.momo.MomoTestSupport;
import io.github.paysdk.momo.collection.InvoiceResult;
import io.github.paysdk.momo.model.ReasonCode;
import io.github.paysdk.momo.model.TransactionStatus;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MomoCallbacksTest extends MomoTestSupport {
  private static final byte[] FAILED = fixture("callback-requesttopay-failed.json")
      .getBytes(StandardCharsets.UTF_8);

  @Test
  void aPostCallbackWithReasonAsString() {
    MomoCallback callback = MomoCallbacks.parse("POST", FAILED);

    assertThat(callback.method()).isEqualTo("POST");
    assertThat(callback.result().status()).isEqualTo(TransactionStatus.FAILED);
    assertThat(callback.result().reason().reasonCode()).isEqualTo(ReasonCode.APPROVAL_REJECTED);
    assertThat(callback.result().payer().partyId()).isEqualTo("46733123451");
  }

  @Test
  void aPutCallbackWithReasonAsObject() {
    MomoCallback callback = MomoCallbacks.parse("put",
        fixture("status-failed-reason-object.json").getBytes(StandardCharsets.UTF_8));

    assertThat(callback.method()).isEqualTo("PUT");
    assertThat(callback.result().reason().code()).isEqualTo("APPROVAL_REJECTED");
    assertThat(callback.result().reason().message()).isEqualTo("Payer rejected the request");
  }

  @Test
  void otherMethodsAndBrokenBodiesAreMalformedPayloads() {
    assertThatThrownBy(() -> MomoCallbacks.parse("GET", FAILED))
        .isInstanceOf(MalformedPayloadException.class);
    assertThatThrownBy(() -> MomoCallbacks.parse("POST", "{\"status\":".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(MalformedPayloadException.class);
    assertThatThrownBy(() -> MomoCallbacks.parse("POST", new byte[0]))
        .isInstanceOf(MalformedPayloadException.class);
  }

  @Test
  void otherResourceCallbacksParseIntoTheirResultType() {
    InvoiceResult invoice = MomoCallbacks.parse(
        fixture("invoice-status.json").getBytes(StandardCharsets.UTF_8), InvoiceResult.class);
    assertThat(invoice.paymentReference()).isEqualTo("1165387997");
  }

  @Test
  void confirmQueriesTheStatusEndpointAndReportsAgreement() {
    UUID referenceId = UUID.fromString("6e5d4c3b-2a19-4f8e-9d7c-6b5a4f3e2d1c");
    enqueueToken();
    enqueueJson(200, fixture("callback-requesttopay-failed.json"));
    enqueueJson(200, fixture("requesttopay-status.json"));
    MomoCallback callback = MomoCallbacks.parse("POST", FAILED);

    CallbackConfirmation agreed = MomoCallbacks.confirm(callback,
        () -> momo.collection().requestToPayStatus(referenceId));
    CallbackConfirmation forged = MomoCallbacks.confirm(callback,
        () -> momo.collection().requestToPayStatus(referenceId));

    assertThat(agreed.matches()).isTrue();
    assertThat(forged.matches()).isFalse();
    assertThat(forged.confirmed().status()).isEqualTo(TransactionStatus.SUCCESSFUL);
    take();
    assertThat(take().getUrl().encodedPath()).isEqualTo("/collection/v1_0/requesttopay/" + referenceId);
  }
}
