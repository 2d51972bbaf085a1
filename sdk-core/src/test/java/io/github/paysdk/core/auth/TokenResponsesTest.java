package io.github.paysdk.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.paysdk.core.error.MalformedResponseException;
import io.github.paysdk.core.http.ApiRequest;
import io.github.paysdk.core.http.ApiResponse;
import io.github.paysdk.core.http.HttpMethod;
import java.time.Duration;
import java.time.Instant;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

/** Token answers found by the reliability fuzz suite to break the next request or the clock. */
class TokenResponsesTest {
  private static final ApiResponse RESPONSE = new ApiResponse(
      ApiRequest.builder(HttpMethod.POST, "/token").build(), 200, Headers.of(), new byte[0], null);

  @Test
  void tokensThatCannotBeSentInAHeaderAreMalformedResponses() {
    for (String token : new String[] {"abc\u007fdef", "eyJ\u01f5x", "two words", "tab\there", "", " ", null}) {
      assertThatThrownBy(() -> TokenResponses.requireSendable(token, RESPONSE))
          .isInstanceOf(MalformedResponseException.class)
          .hasMessageContaining("HTTP 200");
    }
    assertThat(TokenResponses.requireSendable("eyJ0eXAi.sig-_~+/=", RESPONSE)).isEqualTo("eyJ0eXAi.sig-_~+/=");
  }

  @Test
  void hugeLifetimesAreCutInsteadOfOverflowingTheClock() {
    Instant now = Instant.parse("2026-11-21T10:00:00Z");

    assertThat(TokenResponses.expiresAt(now, Long.MAX_VALUE, Duration.ofMinutes(5)))
        .isEqualTo(now.plus(TokenResponses.MAX_LIFETIME));
    assertThat(TokenResponses.expiresAt(now, 3600L, Duration.ofMinutes(5))).isEqualTo(now.plusSeconds(3600));
    assertThat(TokenResponses.expiresAt(now, null, Duration.ofMinutes(5))).isEqualTo(now.plusSeconds(300));
    assertThat(TokenResponses.expiresAt(now, -1L, Duration.ofMinutes(5))).isEqualTo(now.plusSeconds(300));
  }
}
