package io.github.paysdk.oy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.paysdk.core.error.AuthenticationException;
import io.github.paysdk.core.error.PermissionException;
import io.github.paysdk.core.error.ServerException;
import io.github.paysdk.core.error.ValidationException;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;

class OyClientTest extends OyTestSupport {

  @Test
  void environmentsPointAtOysHosts() {
    assertThat(OyEnvironment.PRODUCTION.baseUrl()).isEqualTo("https://partner.oyindonesia.com");
    assertThat(OyEnvironment.STAGING.baseUrl()).isEqualTo("https://api-stg.oyindonesia.com");
  }

  @Test
  void credentialsAreRequiredAndBounded() {
    assertThatThrownBy(() -> OyClient.builder().apiKey("k").build())
        .isInstanceOf(ValidationException.class).hasMessageStartingWith("username");
    assertThatThrownBy(() -> OyClient.builder().username("u").apiKey(" ").build())
        .isInstanceOf(ValidationException.class).hasMessageStartingWith("apiKey");
    assertThatThrownBy(() -> OyClient.builder().username("u".repeat(65)).apiKey("k").build())
        .isInstanceOf(ValidationException.class).hasMessageStartingWith("username");
  }

  @Test
  void theApiKeyNeverAppearsInToStringOrErrors() {
    enqueueStatus("208", "Request is Rejected (API Key is not Valid)");

    assertThat(oy.toString()).doesNotContain(API_KEY);
    assertThatThrownBy(() -> oy.balance().get())
        .isInstanceOf(AuthenticationException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(API_KEY));
    takeRequest("GET", "/api/balance");
  }

  @Test
  void aWafForbiddenPageIsAPermissionError() {
    server.enqueue(new MockResponse.Builder().code(403).setHeader("Content-Type", "text/html")
        .body("<html>Forbidden</html>").build());

    assertThatThrownBy(() -> oy.balance().get()).isInstanceOf(PermissionException.class);
  }

  @Test
  void aGatewayJsonErrorWithoutOysEnvelopeIsMappedByHttpStatus() {
    enqueueJson(503, "{\"message\":\"Service Unavailable\",\"url\":\"/api/balance\",\"status\":503}");
    enqueueJson(503, "{\"message\":\"Service Unavailable\",\"url\":\"/api/balance\",\"status\":503}");
    enqueueJson(503, "{\"message\":\"Service Unavailable\",\"url\":\"/api/balance\",\"status\":503}");

    assertThatThrownBy(() -> oy.balance().get())
        .isInstanceOf(ServerException.class).hasMessageContaining("Service Unavailable");
  }
}
