package io.github.paysdk.momo.model;

import io.github.paysdk.momo.model.TransactionResult;
import io.github.paysdk.momo.model.TransactionStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.paysdk.core.error.AuthenticationException;
import io.github.paysdk.core.error.NotFoundException;
import io.github.paysdk.momo.MomoTestSupport;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StatusPollerTest extends MomoTestSupport {
  private static final UUID REFERENCE_ID = UUID.fromString("2b3c4d5e-6f70-4a1b-8c2d-3e4f5a6b7c8d");
  private static final String NOT_FOUND =
      "{\"code\":\"RESOURCE_NOT_FOUND\",\"message\":\"Requested resource was not found.\"}";

  @Test
  void pollsWithGrowingWaitsUntilFinal() {
    enqueueToken();
    enqueueJson(404, NOT_FOUND);
    enqueueJson(200, fixture("status-created.json"));
    enqueueJson(200, "{\"status\":\"PENDING\"}");
    enqueueJson(200, fixture("transfer-status-successful.json"));

    TransactionResult result = momo.disbursement().awaitTransfer(REFERENCE_ID, Duration.ofMinutes(5));

    assertThat(result.status()).isEqualTo(TransactionStatus.SUCCESSFUL);
    assertThat(sleeps).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8));
  }

  @Test
  void returnsTheLastResultWhenTheDeadlinePasses() {
    enqueueToken();
    for (int i = 0; i < 4; i++) {
      enqueueJson(200, "{\"status\":\"PENDING\"}");
    }

    TransactionResult result = momo.collection().awaitRequestToPay(REFERENCE_ID, Duration.ofSeconds(10));

    assertThat(result.status()).isEqualTo(TransactionStatus.PENDING);
    assertThat(result.isFinal()).isFalse();
    assertThat(sleeps).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(4));
  }

  @Test
  void neverVisibleIsNotFound() {
    enqueueToken();
    for (int i = 0; i < 3; i++) {
      enqueueJson(404, NOT_FOUND);
    }

    assertThatThrownBy(() -> momo.poller().withBackoff(Duration.ofSeconds(3), Duration.ofSeconds(3))
        .awaitFinal(() -> momo.disbursement().depositStatus(REFERENCE_ID), Duration.ofSeconds(6)))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void transientServerErrorsDoNotEndThePolling() {
    enqueueToken();
    enqueueJson(500, "{\"code\":\"INTERNAL_PROCESSING_ERROR\",\"message\":\"try later\"}");
    enqueueJson(200, fixture("transfer-status-successful.json"));

    assertThat(momo.disbursement().awaitTransfer(REFERENCE_ID, Duration.ofMinutes(1)).isSuccessful()).isTrue();
  }

  @Test
  void authenticationFailuresEndThePolling() {
    enqueueToken();
    enqueueJson(401, fixture("apim-invalid-subscription-key.json"));
    enqueueToken();
    enqueueJson(401, fixture("apim-invalid-subscription-key.json"));

    assertThatThrownBy(() -> momo.disbursement().awaitTransfer(REFERENCE_ID, Duration.ofMinutes(1)))
        .isInstanceOf(AuthenticationException.class);
    assertThat(sleeps).isEmpty();
  }
}
