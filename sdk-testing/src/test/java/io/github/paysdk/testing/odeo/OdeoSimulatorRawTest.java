package io.github.paysdk.testing.odeo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The simulator's own signature check against the spec's §3.7 vectors (on the URL as it arrives on the
 * wire, percent-encoded) and its answers to raw, hand-signed HTTP requests, without the SDK.
 */
class OdeoSimulatorRawTest {
  private final OdeoSimulator simulator = new OdeoSimulator().start();
  private final OkHttpClient http = new OkHttpClient();

  @AfterEach
  void close() {
    simulator.close();
  }

  @Test
  void canonicalQueryOfAnEncodedUrlMatchesRow17() {
    HttpUrl url = HttpUrl.get("http://h/cash/transfers?reference_ids%5B0%5D=REF-ID-111"
        + "&reference_ids%5B1%5D=REF-ID-222&start_date=1612137600&end_date=1617408000&page_token=abcdef");

    String query = SimSignature.canonicalQuery(url);

    assertThat(query).isEqualTo("end_date=1617408000&page_token=abcdef&reference_ids[0]=REF-ID-111"
        + "&reference_ids[1]=REF-ID-222&start_date=1612137600");
    assertThat(SimSignature.expected("GET", "/cash/transfers", query, "test_access_token", "1612137600",
        new byte[0], "test_signing_key")).isEqualTo("9OFvffcuY/Jxg8wAFhvyidu8dLU9Ga/u5XbQas6e9hA=");
  }

  @Test
  void spacesEncodedEitherWayCanonicalizeToPlus() {
    assertThat(SimSignature.canonicalQuery(HttpUrl.get("http://h/p?second=one%20two+three&first=123")))
        .isEqualTo("first=123&second=one+two+three");
  }

  @Test
  void bodyVectorRow8() {
    byte[] body = ("{\"account_number\":\"1234567890\",\"amount\":1000000,\"bank_id\":1,\"customer_name\":"
        + "\"Agus Hartono\",\"reference_id\":\"EXAMPLE-REF-ID-001\",\"description\":\"Example fund disbursement\"}")
        .getBytes(StandardCharsets.UTF_8);

    assertThat(SimSignature.expected("POST", "/dg/v1/disbursements", "", "test_access_token", "1612137600",
        body, "test_signing_key")).isEqualTo("YrWxeSVGG8/Hn2zMGWfzuNutW5UNJMLyXlsDBQFlWfQ=");
  }

  @Test
  void callbackSignatureMatchesV7() {
    OdeoSimulator demo = new OdeoSimulator("id", "secret", "demo-signing-key");

    assertThat(demo.signCallback("/callbacks/odeo", 1700000123L,
        "{\"notify_type\":\"va_inquiry\",\"va_code\":\"8991000012345678\"}".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("7UZtxib+/ti4NVEBR91t3T8luOnKv5xR8BfXhXhj3ts=");
  }

  @Test
  void handSignedRequestIsAcceptedAndATamperedOneIsRejected() throws IOException {
    String token = token();
    long now = System.currentTimeMillis() / 1000;
    String signature = SimSignature.expected("GET", "/cash/me/balance", "", token, Long.toString(now),
        new byte[0], simulator.signingKey());

    assertThat(get("/cash/me/balance", token, now, signature)).isEqualTo(200);
    String tampered = (signature.charAt(0) == 'A' ? "B" : "A") + signature.substring(1);
    assertThat(get("/cash/me/balance", token, now, tampered)).isEqualTo(401);
    assertThat(get("/cash/me/balance", "forged", now, signature)).isEqualTo(401);
    assertThat(get("/cash/me/balance", token, now - 3600, SimSignature.expected("GET", "/cash/me/balance",
        "", token, Long.toString(now - 3600), new byte[0], simulator.signingKey()))).isEqualTo(401);
  }

  @Test
  void wrongClientSecretGetsNoToken() throws IOException {
    Request request = new Request.Builder().url(simulator.baseUrl() + "/oauth2/token")
        .post(RequestBody.create("grant_type=client_credentials&client_id=sim-client-id&client_secret=x",
            MediaType.get("application/x-www-form-urlencoded"))).build();
    try (Response response = http.newCall(request).execute()) {
      assertThat(response.code()).isEqualTo(401);
    }
  }

  private String token() throws IOException {
    Request request = new Request.Builder().url(simulator.baseUrl() + "/oauth2/token")
        .post(RequestBody.create("grant_type=client_credentials&client_id=" + simulator.clientId()
            + "&client_secret=" + simulator.clientSecret(), MediaType.get("application/x-www-form-urlencoded")))
        .build();
    try (Response response = http.newCall(request).execute()) {
      String body = response.body().string();
      return body.replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");
    }
  }

  private int get(String path, String token, long timestamp, String signature) throws IOException {
    Request request = new Request.Builder().url(simulator.baseUrl() + path)
        .header("Authorization", "Bearer " + token)
        .header("X-Odeo-Timestamp", Long.toString(timestamp))
        .header("X-Odeo-Signature", signature)
        .build();
    try (Response response = http.newCall(request).execute()) {
      return response.code();
    }
  }
}
