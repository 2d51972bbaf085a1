package io.github.paysdk.benchmarks.raw;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.paysdk.odeo.disbursement.Bank;
import io.github.paysdk.odeo.disbursement.Disbursement;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;

/** Odeo by hand: bearer token fetched once, {@code X-Odeo-Signature} over method, path, token, time, body hash. */
public final class RawOdeo {
  private static final byte[] EMPTY = new byte[0];
  private final RawHttp http;
  private final ObjectMapper mapper = RawHttp.mapper().build();
  private final JavaType disbursement = mapper.constructType(Disbursement.class);
  private final Mac hmac;
  private final MessageDigest sha256 = RawHttp.sha256();
  private final String clientId;
  private final String clientSecret;
  private volatile String token;

  /**
   * @param client the OkHttpClient
   * @param baseUrl Odeo's base URL
   * @param clientId the client id
   * @param clientSecret the client secret
   * @param signingKey the signing key
   */
  public RawOdeo(OkHttpClient client, String baseUrl, String clientId, String clientSecret,
      String signingKey) {
    this.http = new RawHttp(client, baseUrl);
    this.hmac = RawHttp.hmacSha256(signingKey);
    this.clientId = clientId;
    this.clientSecret = clientSecret;
  }

  /** Fetches the access token ({@code POST /oauth2/token}); call once before the first request. */
  public void fetchToken() {
    Request request = new Request.Builder()
        .url(http.url("/oauth2/token"))
        .header("Accept", "application/json")
        .post(new FormBody.Builder().add("grant_type", "client_credentials").add("client_id", clientId)
            .add("client_secret", clientSecret).build())
        .build();
    JsonNode body = http.call(request, mapper, mapper.constructType(JsonNode.class));
    token = body.get("access_token").asText();
  }

  /**
   * {@code POST /dg/v1/disbursements}.
   *
   * @param accountNumber the account number
   * @param amount the amount
   * @param bankId the bank id
   * @param customerName the customer name
   * @param referenceId the reference id
   * @param description the description
   * @return the disbursement
   */
  public Disbursement createDisbursement(String accountNumber, long amount, int bankId,
      String customerName, String referenceId, String description) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("account_number", accountNumber);
    body.put("amount", amount);
    body.put("bank_id", bankId);
    body.put("customer_name", customerName);
    body.put("reference_id", referenceId);
    body.put("description", description);
    return send("POST", "/dg/v1/disbursements", RawHttp.json(mapper, body));
  }

  /**
   * {@code GET /dg/v1/disbursements/{id}}.
   *
   * @param disbursementId the id
   * @return the disbursement
   */
  public Disbursement getDisbursement(String disbursementId) {
    return send("GET", "/dg/v1/disbursements/" + disbursementId, null);
  }

  /**
   * {@code GET /dg/v1/banks}.
   *
   * @return the banks
   */
  public List<Bank> getBanks() {
    Banks banks = send("GET", "/dg/v1/banks", null, mapper.constructType(Banks.class));
    return banks.banks();
  }

  private Disbursement send(String method, String path, byte[] body) {
    return send(method, path, body, disbursement);
  }

  private <T> T send(String method, String path, byte[] body, JavaType type) {
    long timestamp = Instant.now().getEpochSecond();
    String bodyHash = RawHttp.base64(RawHttp.copy(sha256).digest(body == null ? EMPTY : body));
    String message = method + ":" + path + "::" + token + ":" + timestamp + ":" + bodyHash;
    String signature =
        RawHttp.base64(RawHttp.copy(hmac).doFinal(message.getBytes(StandardCharsets.UTF_8)));
    Request request = new Request.Builder()
        .url(http.url(path))
        .header("Authorization", "Bearer " + token)
        .header("Accept", "application/json")
        .header("X-Odeo-Timestamp", Long.toString(timestamp))
        .header("X-Odeo-Signature", signature)
        .method(method, body == null ? null : RequestBody.create(body, RawHttp.JSON))
        .build();
    return http.call(request, mapper, type);
  }

  /**
   * The banks list.
   *
   * @param banks the banks
   */
  public record Banks(List<Bank> banks) {}
}
