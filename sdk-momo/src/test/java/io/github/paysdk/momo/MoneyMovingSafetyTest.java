package io.github.paysdk.momo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.paysdk.core.error.ApiConnectionException;
import io.github.paysdk.core.error.ApiException;
import io.github.paysdk.core.error.ConflictException;
import io.github.paysdk.core.error.InsufficientFundsException;
import io.github.paysdk.core.error.InvalidRequestException;
import io.github.paysdk.core.error.MalformedResponseException;
import io.github.paysdk.core.error.NotFoundException;
import io.github.paysdk.core.error.ServerException;
import io.github.paysdk.momo.model.Accepted;
import io.github.paysdk.momo.model.Party;
import io.github.paysdk.momo.model.TransferRequest;
import java.util.UUID;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;

/** Reference-id reuse, 409 semantics, outcome-unknown failures and error mapping of create calls. */
class MoneyMovingSafetyTest extends MomoTestSupport {
  private static final UUID REFERENCE_ID = UUID.fromString("0b6a6f0e-8a53-4d55-9c83-2f7e3e7b1a10");

  private static TransferRequest transfer() {
    return TransferRequest.builder().amount("100").currency("EUR").externalId("payout-1")
        .payee(Party.msisdn("56733123453")).referenceId(REFERENCE_ID).build();
  }

  private void enqueueDisconnectAfterRequest() {
    server.enqueue(new MockResponse.Builder()
        .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
  }

  @Test
  void aLostAnswerIsRetriedWithTheSameReferenceId() {
    enqueueToken();
    enqueueDisconnectAfterRequest();
    enqueueAccepted();

    Accepted accepted = momo.disbursement().transfer(transfer());

    assertThat(accepted).isEqualTo(new Accepted(REFERENCE_ID, false));
    take();
    RecordedRequest first = take();
    RecordedRequest second = take();
    assertThat(first.getHeaders().get("X-Reference-Id")).isEqualTo(REFERENCE_ID.toString());
    assertThat(second.getHeaders().get("X-Reference-Id")).isEqualTo(REFERENCE_ID.toString());
    assertThat(second.getBody()).isEqualTo(first.getBody());
  }

  @Test
  void a409OnTheRetryOfTheSameCallMeansAlreadyAccepted() {
    enqueueToken();
    enqueueDisconnectAfterRequest();
    enqueueJson(409, fixture("duplicate-reference-id.json"));

    Accepted accepted = momo.disbursement().transfer(transfer());

    assertThat(accepted.referenceId()).isEqualTo(REFERENCE_ID);
    assertThat(accepted.alreadyAccepted()).isTrue();
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void resendingTheSameRequestObjectAfterAnUnknownOutcomeIsAlreadyAcceptedOn409() {
    enqueueToken();
    for (int i = 0; i < 3; i++) {
      enqueueDisconnectAfterRequest();
    }
    TransferRequest request = transfer();

    assertThatThrownBy(() -> momo.disbursement().transfer(request))
        .isInstanceOfSatisfying(ApiConnectionException.class, e -> {
          assertThat(e.isOutcomeUnknown()).isTrue();
          assertThat(e.lookupKey()).isEqualTo(REFERENCE_ID.toString());
        });

    enqueueJson(409, fixture("duplicate-reference-id.json"));
    assertThat(momo.disbursement().transfer(request)).isEqualTo(new Accepted(REFERENCE_ID, true));
  }

  @Test
  void a409ToAFirstAttemptIsAConflictNotASuccess() {
    enqueueToken();
    enqueueJson(409, fixture("duplicate-reference-id.json"));

    assertThatThrownBy(() -> momo.disbursement().transfer(transfer()))
        .isInstanceOfSatisfying(ConflictException.class, e -> {
          assertThat(e.providerCode()).isEqualTo("RESOURCE_ALREADY_EXIST");
          assertThat(e.providerMessage()).isEqualTo("Duplicated reference id. Creation of resource failed.");
          assertThat(e.isOutcomeUnknown()).isFalse();
          assertThat(e.lookupKey()).isEqualTo(REFERENCE_ID.toString());
        });
  }

  @Test
  void theSameReferenceIdWithADifferentBodyIsAConflict() {
    enqueueToken();
    enqueueAccepted();
    enqueueJson(409, fixture("duplicate-reference-id.json"));
    momo.disbursement().transfer(transfer());
    TransferRequest other = TransferRequest.builder().amount("999").currency("EUR")
        .payee(Party.msisdn("56733123453")).referenceId(REFERENCE_ID).build();

    assertThatThrownBy(() -> momo.disbursement().transfer(other)).isInstanceOf(ConflictException.class);
  }

  @Test
  void serviceUnavailableIsRetriedWithTheSameReferenceId() {
    enqueueToken();
    enqueueJson(503, "{\"code\":\"SERVICE_UNAVAILABLE\",\"message\":\"Service temporary unavailable\"}");
    enqueueAccepted();

    assertThat(momo.disbursement().transfer(transfer()).alreadyAccepted()).isFalse();
    take();
    assertThat(take().getHeaders().get("X-Reference-Id")).isEqualTo(REFERENCE_ID.toString());
    assertThat(take().getHeaders().get("X-Reference-Id")).isEqualTo(REFERENCE_ID.toString());
    assertThat(sleeps).hasSize(1);
  }

  @Test
  void invalidCallbackHostIsASynchronousRejectionWithAKnownOutcome() {
    enqueueToken();
    enqueueJson(500, fixture("invalid-callback-url-host.json"));

    assertThatThrownBy(() -> momo.disbursement().transfer(transfer()))
        .isInstanceOfSatisfying(ServerException.class, e -> {
          assertThat(e.providerCode()).isEqualTo("INVALID_CALLBACK_URL_HOST");
          assertThat(e.isOutcomeUnknown()).isFalse();
        });
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void anInternalErrorOnACreateLeavesTheOutcomeUnknown() {
    enqueueToken();
    enqueueJson(500, "{\"code\":\"INTERNAL_PROCESSING_ERROR\",\"message\":\"An internal error occurred\"}");

    assertThatThrownBy(() -> momo.disbursement().transfer(transfer()))
        .isInstanceOfSatisfying(ServerException.class, e -> {
          assertThat(e.isOutcomeUnknown()).isTrue();
          assertThat(e.lookupKey()).isEqualTo(REFERENCE_ID.toString());
        });
  }

  @Test
  void notEnoughFundsIsAnInsufficientFundsException() {
    enqueueToken();
    enqueueJson(500, "{\"code\":\"NOT_ENOUGH_FUNDS\",\"message\":\"Not enough funds\"}");

    assertThatThrownBy(() -> momo.disbursement().transfer(transfer()))
        .isInstanceOf(InsufficientFundsException.class);
  }

  @Test
  void unknownReferenceIdIsNotFound() {
    enqueueToken();
    enqueueJson(404, "{\"code\":\"RESOURCE_NOT_FOUND\",\"message\":\"Requested resource was not found.\"}");

    assertThatThrownBy(() -> momo.disbursement().transferStatus(REFERENCE_ID))
        .isInstanceOfSatisfying(NotFoundException.class,
            e -> assertThat(e.providerCode()).isEqualTo("RESOURCE_NOT_FOUND"));
  }

  @Test
  void htmlAndEmptyErrorPagesAreTypedByStatus() {
    enqueueToken();
    server.enqueue(new MockResponse.Builder().code(411).setHeader("Content-Type", "text/html")
        .body("<html><body>Length Required</body></html>").build());
    server.enqueue(new MockResponse.Builder().code(400).build());

    assertThatThrownBy(() -> momo.disbursement().transfer(transfer()))
        .isInstanceOfSatisfying(ApiException.class, e -> {
          assertThat(e.httpStatus()).isEqualTo(411);
          assertThat(e.providerCode()).isNull();
        });
    assertThatThrownBy(() -> momo.disbursement().transfer(transfer()))
        .isInstanceOf(InvalidRequestException.class);
  }

  @Test
  void truncatedJsonIsAMalformedResponse() {
    enqueueToken();
    enqueueJson(200, "{\"amount\":\"100\",\"status\":\"SUCC");

    assertThatThrownBy(() -> momo.disbursement().transferStatus(REFERENCE_ID))
        .isInstanceOf(MalformedResponseException.class);
  }

  @Test
  void readsAreRetriedAfterABadGateway() {
    enqueueToken();
    server.enqueue(new MockResponse.Builder().code(502).setHeader("Content-Type", "text/html")
        .body("<html>Bad Gateway</html>").build());
    enqueueJson(200, fixture("balance.json"));

    assertThat(momo.disbursement().balance().currency()).isEqualTo("EUR");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void a401OnACreateRefreshesTheTokenAndResendsTheSameReferenceId() {
    enqueueToken();
    enqueueJson(401, "{\"statusCode\":401,\"message\":\"Access denied due to invalid JWT.\"}");
    enqueueToken();
    enqueueJson(409, fixture("duplicate-reference-id.json"));

    // The 401 attempt was refused at the gateway and created nothing, so this 409 is a real conflict.
    assertThatThrownBy(() -> momo.disbursement().transfer(transfer())).isInstanceOf(ConflictException.class);
    take();
    RecordedRequest refused = take();
    take();
    RecordedRequest resent = take();
    assertThat(resent.getHeaders().get("X-Reference-Id"))
        .isEqualTo(refused.getHeaders().get("X-Reference-Id")).isEqualTo(REFERENCE_ID.toString());
  }
}
