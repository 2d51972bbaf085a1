package io.github.paysdk.momo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.paysdk.core.error.AuthenticationException;
import java.time.Duration;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class TokenTest extends MomoTestSupport {

  @Test
  void oneTokenPerProductIsFetchedOnceAndReused() {
    enqueueToken();
    enqueueJson(200, fixture("balance.json"));
    enqueueJson(200, fixture("balance.json"));
    enqueueToken();
    enqueueJson(200, fixture("balance.json"));

    momo.disbursement().balance();
    momo.disbursement().balance();
    momo.collection().balance();

    assertTokenRequest("disbursement", DISBURSEMENT_KEY);
    assertProductHeaders(take(), DISBURSEMENT_KEY);
    assertProductHeaders(take(), DISBURSEMENT_KEY);
    assertTokenRequest("collection", COLLECTION_KEY);
    assertProductHeaders(take(), COLLECTION_KEY);
    assertThat(server.getRequestCount()).isEqualTo(5);
  }

  @Test
  void theTokenIsRenewedAMinuteBeforeExpiresIn() {
    enqueueToken();
    enqueueJson(200, fixture("balance.json"));
    enqueueJson(200, fixture("balance.json"));
    enqueueJson(200, "{\"access_token\":\"second-token\",\"token_type\":\"access_token\",\"expires_in\":3600}");
    enqueueJson(200, fixture("balance.json"));

    momo.disbursement().balance();
    clock.advance(Duration.ofSeconds(3600 - 61));
    momo.disbursement().balance();
    clock.advance(Duration.ofSeconds(2));
    momo.disbursement().balance();

    assertTokenRequest("disbursement", DISBURSEMENT_KEY);
    take();
    assertThat(take().getHeaders().get("Authorization")).isEqualTo(BEARER);
    assertTokenRequest("disbursement", DISBURSEMENT_KEY);
    assertThat(take().getHeaders().get("Authorization")).isEqualTo("Bearer second-token");
  }

  @Test
  void anAbsurdExpiresInIsCappedInsteadOfOverflowing() {
    // Found by the reliability suite's TokenFaultsTest: Instant.plusSeconds(Long.MAX_VALUE) overflowed.
    enqueueJson(200, "{\"access_token\":\"long-lived\",\"token_type\":\"access_token\","
        + "\"expires_in\":9223372036854775807}");
    enqueueJson(200, fixture("balance.json"));

    assertThat(momo.disbursement().balance().currency()).isEqualTo("EUR");

    assertTokenRequest("disbursement", DISBURSEMENT_KEY);
    assertThat(take().getHeaders().get("Authorization")).isEqualTo("Bearer long-lived");
  }

  @Test
  void a401RefreshesTheTokenOnceAndRetries() {
    enqueueToken();
    enqueueJson(401, "{\"statusCode\":401,\"message\":\"Access denied due to invalid JWT.\"}");
    enqueueJson(200, "{\"access_token\":\"fresh-token\",\"token_type\":\"access_token\",\"expires_in\":3600}");
    enqueueJson(200, fixture("balance.json"));

    assertThat(momo.disbursement().balance().currency()).isEqualTo("EUR");

    assertTokenRequest("disbursement", DISBURSEMENT_KEY);
    assertThat(take().getHeaders().get("Authorization")).isEqualTo(BEARER);
    assertTokenRequest("disbursement", DISBURSEMENT_KEY);
    assertThat(take().getHeaders().get("Authorization")).isEqualTo("Bearer fresh-token");
  }

  @Test
  void aSecond401IsAnAuthenticationExceptionWithTheGatewayMessage() {
    enqueueToken();
    enqueueJson(401, fixture("apim-invalid-subscription-key.json"));
    enqueueToken();
    enqueueJson(401, fixture("apim-invalid-subscription-key.json"));

    assertThatThrownBy(() -> momo.disbursement().balance())
        .isInstanceOfSatisfying(AuthenticationException.class, e -> {
          assertThat(e.httpStatus()).isEqualTo(401);
          assertThat(e.providerCode()).isNull();
          assertThat(e.providerMessage()).startsWith("Access denied due to invalid subscription key");
        });
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void aRefusedTokenRequestIsAnAuthenticationExceptionWithoutTheCredentials() {
    enqueueJson(401, "{\"error\":\"login_failed\"}");

    assertThatThrownBy(() -> momo.disbursement().balance())
        .isInstanceOfSatisfying(AuthenticationException.class, e -> {
          assertThat(e.providerCode()).isEqualTo("login_failed");
          assertThat(e.getMessage()).doesNotContain(API_KEY).doesNotContain(BASIC.substring(6));
        });
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void secretsNeverAppearInToString() {
    ProductCredentials credentials = ProductCredentials.of(DISBURSEMENT_KEY, API_USER, API_KEY);
    assertThat(credentials.toString()).doesNotContain(DISBURSEMENT_KEY).doesNotContain(API_KEY);
    assertThat(momo.toString()).doesNotContain(API_KEY);
  }

  @Test
  void bodylessPostsCarryContentLengthZero() {
    enqueueToken();
    enqueueJson(200, fixture("balance.json"));

    momo.remittance().balance();

    RecordedRequest token = take();
    assertThat(token.getHeaders().get("Content-Length")).isEqualTo("0");
    assertThat(token.getHeaders().get("Transfer-Encoding")).isNull();
  }
}
