package io.github.paysdk.odeo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.paysdk.core.error.AuthenticationException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** The OAuth2 token: how it is requested, cached, renewed before expiry and after a 401. */
class OdeoAuthenticationTest extends OdeoMockServerTest {

  @Test
  void tokenRequestIsAnUnsignedFormPostWithTheCredentialsInTheBody() {
    server.enqueueFixture("banks.json");

    odeo.disbursement().getBanks();

    RecordedRequest token = server.tokenRequests().get(0);
    assertThat(token.getMethod()).isEqualTo("POST");
    assertThat(token.getHeaders().get("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
    assertThat(token.getHeaders().get("Accept")).isEqualTo("application/json");
    assertThat(token.getBody().string(StandardCharsets.UTF_8)).isEqualTo(
        "grant_type=client_credentials&client_id=test_client_id&client_secret=test_client_secret");
    assertThat(token.getHeaders().get("Authorization")).isNull();
    assertThat(token.getHeaders().get("X-Odeo-Signature")).isNull();
    assertThat(token.getHeaders().get("X-Odeo-Timestamp")).isNull();
  }

  @Test
  void tokenIsReusedWhileValid() {
    server.enqueueFixture("banks.json");
    server.enqueueFixture("banks.json");

    odeo.disbursement().getBanks();
    server.clock.advance(Duration.ofMinutes(20));
    odeo.disbursement().getBanks();

    assertThat(server.tokenRequests()).hasSize(1);
  }

  @Test
  void clientKeepsWorkingPastExpiresInAndSignsWithTheNewToken() {
    server.enqueueFixture("banks.json");
    server.enqueueFixture("banks.json");

    odeo.disbursement().getBanks();
    // expires_in is 1800 s; the token is renewed 60 s ahead of expiry.
    server.clock.advance(Duration.ofSeconds(1800 - 60));
    odeo.disbursement().getBanks();

    assertThat(server.tokenRequests()).hasSize(2);
    RecordedRequest second = server.apiRequests().get(1);
    String newToken = OdeoMockServer.TOKEN + "-2";
    assertThat(second.getHeaders().get("Authorization")).isEqualTo("Bearer " + newToken);
    long timestamp = 1612137600L + 1740;
    assertThat(second.getHeaders().get("X-Odeo-Timestamp")).isEqualTo(Long.toString(timestamp));
    assertThat(second.getHeaders().get("X-Odeo-Signature"))
        .isEqualTo(referenceSignature("GET:/dg/v1/banks::" + newToken + ":" + timestamp + ":"
            + "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="));
  }

  @Test
  void a401DropsTheTokenAndRetriesOnceWithANewOne() {
    server.enqueueJson(401, "{\"message\":\"Unauthenticated.\"}");
    server.enqueueFixture("disbursement.json");

    odeo.disbursement().createDisbursement(DisbursementServiceTest.exampleDisbursement().build());

    assertThat(server.tokenRequests()).hasSize(2);
    List<RecordedRequest> api = server.apiRequests();
    assertThat(api).hasSize(2);
    assertThat(api.get(0).getHeaders().get("Authorization")).isEqualTo("Bearer test_access_token");
    assertThat(api.get(1).getHeaders().get("Authorization")).isEqualTo("Bearer test_access_token-2");
    assertThat(api.get(1).getHeaders().get("X-Odeo-Signature"))
        .isNotEqualTo(api.get(0).getHeaders().get("X-Odeo-Signature"));
    assertThat(api.get(1).getBody()).isEqualTo(api.get(0).getBody());
  }

  @Test
  void aSecond401IsThrownWithoutAnotherAttempt() {
    server.enqueueJson(401, "{\"message\":\"Invalid signature\"}");
    server.enqueueJson(401, "{\"message\":\"Invalid signature\"}");

    assertThatThrownBy(() -> odeo.disbursement().getBanks())
        .isInstanceOf(AuthenticationException.class)
        .hasMessageContaining("Invalid signature");
    assertThat(server.apiRequests()).hasSize(2);
    assertThat(server.tokenRequests()).hasSize(2);
  }

  @Test
  void fiftyThreadsOnAColdClientMakeExactlyOneTokenRequest() throws Exception {
    server.setDefaultApiResponse(OdeoMockServer.json(200, OdeoMockServer.fixture("banks.json")));
    server.setTokenDelay(Duration.ofMillis(200));
    int threads = 50;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch ready = new CountDownLatch(threads);
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<Future<?>> results = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        results.add(pool.submit(() -> {
          ready.countDown();
          go.await();
          return odeo.disbursement().getBanks();
        }));
      }
      ready.await();
      go.countDown();
      for (Future<?> result : results) {
        result.get(30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(server.tokenRequests()).hasSize(1);
    assertThat(server.apiRequests()).hasSize(threads)
        .allSatisfy(r -> assertThat(r.getHeaders().get("Authorization"))
            .isEqualTo("Bearer test_access_token"));
  }

  @Test
  void buildRejectsMissingCredentialsAndToStringHidesSecrets() {
    assertThatThrownBy(() -> OdeoClient.builder().clientId("id").clientSecret("s").build())
        .hasMessageContaining("signingKey");
    assertThatThrownBy(() -> OdeoClient.builder().clientSecret("s").signingKey("k").build())
        .hasMessageContaining("clientId");
    OdeoClient.Builder builder = OdeoClient.builder().clientId("id").clientSecret("top-secret")
        .signingKey("signing-secret");
    assertThat(builder.toString()).doesNotContain("top-secret").doesNotContain("signing-secret");
  }

  /** An HMAC computed with the JDK directly, independent of the SDK's signer. */
  private static String referenceSignature(String stringToSign) {
    try {
      javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
      mac.init(new javax.crypto.spec.SecretKeySpec(
          OdeoMockServer.SIGNING_KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return java.util.Base64.getEncoder().encodeToString(
          mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }
}
