package io.github.paysdk.odeo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paysdk.core.auth.AccessToken;
import io.github.paysdk.core.auth.Secret;
import io.github.paysdk.core.auth.TokenResponses;
import io.github.paysdk.core.http.ClientOptions;
import io.github.paysdk.core.http.HttpTransport;
import io.github.paysdk.core.json.JsonCodec;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OdeoTokenFetcherTest {
  private static final Instant NOW = Instant.parse("2026-11-21T08:00:00Z");
  private final MockWebServer server = new MockWebServer();
  private HttpTransport transport;
  private OdeoTokenFetcher fetcher;

  @BeforeEach
  void start() throws Exception {
    server.start();
    transport = HttpTransport.create(ClientOptions.defaults(), "odeo");
    fetcher = new OdeoTokenFetcher(transport.executor(server.url("/").toString()).build(),
        JsonCodec.standard(), "client-id", Secret.of("client-secret"), Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @AfterEach
  void stop() {
    transport.close();
    server.close();
  }

  private AccessToken fetchWith(String expiresIn) {
    server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/json")
        .body("{\"access_token\":\"t\",\"token_type\":\"Bearer\",\"expires_in\":" + expiresIn + "}")
        .build());
    return fetcher.fetch();
  }

  @Test
  void expiresInCountsFromWhenTheTokenWasAskedFor() {
    assertThat(fetchWith("1800").expiresAt()).isEqualTo(NOW.plusSeconds(1800));
    assertThat(fetchWith("\"1800\"").expiresAt()).isEqualTo(NOW.plusSeconds(1800));
  }

  @Test
  void aMissingOrNonsenseExpiresInMeansTheDefaultLifetime() {
    assertThat(fetchWith("null").expiresAt()).isEqualTo(NOW.plus(OdeoTokenFetcher.DEFAULT_LIFETIME));
    assertThat(fetchWith("\"soon\"").expiresAt()).isEqualTo(NOW.plus(OdeoTokenFetcher.DEFAULT_LIFETIME));
    assertThat(fetchWith("0").expiresAt()).isEqualTo(NOW.plus(OdeoTokenFetcher.DEFAULT_LIFETIME));
  }

  @Test
  void anAbsurdExpiresInIsCappedInsteadOfOverflowing() {
    // Found by the reliability suite's TokenFaultsTest: Instant.plus overflowed with an ArithmeticException.
    assertThat(fetchWith("9223372036854775807").expiresAt()).isEqualTo(NOW.plus(TokenResponses.MAX_LIFETIME));
  }
}
