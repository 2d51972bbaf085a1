package io.github.paysdk.benchmarks.raw;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.paysdk.momo.model.TransactionResult;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import okhttp3.Credentials;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;

/** MoMo disbursement by hand: token once, then bearer + subscription key + X-Reference-Id per call. */
public final class RawMomo {
  private static final byte[] EMPTY = new byte[0];
  private final RawHttp http;
  private final ObjectMapper mapper = RawHttp.mapper().build();
  private final JavaType result = mapper.constructType(TransactionResult.class);
  private final String subscriptionKey;
  private final String basic;
  private final String targetEnvironment;
  private volatile String token;

  /**
   * @param client the OkHttpClient
   * @param baseUrl the base URL
   * @param subscriptionKey the subscription key
   * @param apiUser the API user
   * @param apiKey the API key
   * @param targetEnvironment the target environment
   */
  public RawMomo(OkHttpClient client, String baseUrl, String subscriptionKey, String apiUser,
      String apiKey, String targetEnvironment) {
    this.http = new RawHttp(client, baseUrl);
    this.subscriptionKey = subscriptionKey;
    this.basic = Credentials.basic(apiUser, apiKey, StandardCharsets.UTF_8);
    this.targetEnvironment = targetEnvironment;
  }

  /** {@code POST /disbursement/token/}; call once before the first request. */
  public void fetchToken() {
    Request request = new Request.Builder()
        .url(http.url("/disbursement/token/"))
        .header("Authorization", basic)
        .header("Ocp-Apim-Subscription-Key", subscriptionKey)
        .post(RequestBody.create(EMPTY, null))
        .build();
    token = http.<JsonNode>call(request, mapper, mapper.constructType(JsonNode.class))
        .get("access_token").asText();
  }

  /**
   * {@code POST /disbursement/v1_0/transfer}.
   *
   * @param amount the amount
   * @param currency the currency
   * @param externalId the external id
   * @param msisdn the payee's MSISDN
   * @param payerMessage the payer message
   * @param payeeNote the payee note
   * @return the reference id
   */
  public UUID transfer(String amount, String currency, String externalId, String msisdn,
      String payerMessage, String payeeNote) {
    UUID referenceId = UUID.randomUUID();
    Map<String, Object> payee = new LinkedHashMap<>();
    payee.put("partyIdType", "MSISDN");
    payee.put("partyId", msisdn);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("amount", amount);
    body.put("currency", currency);
    body.put("externalId", externalId);
    body.put("payee", payee);
    body.put("payerMessage", payerMessage);
    body.put("payeeNote", payeeNote);
    Request request = product("/disbursement/v1_0/transfer")
        .header("X-Reference-Id", referenceId.toString())
        .post(RequestBody.create(RawHttp.json(mapper, body), RawHttp.JSON))
        .build();
    http.call(request, mapper, null);
    return referenceId;
  }

  /**
   * {@code GET /disbursement/v1_0/transfer/{referenceId}}.
   *
   * @param referenceId the reference id
   * @return the status
   */
  public TransactionResult transferStatus(UUID referenceId) {
    return http.call(product("/disbursement/v1_0/transfer/" + referenceId).get().build(), mapper, result);
  }

  private Request.Builder product(String path) {
    return new Request.Builder()
        .url(http.url(path))
        .header("Authorization", "Bearer " + token)
        .header("Ocp-Apim-Subscription-Key", subscriptionKey)
        .header("X-Target-Environment", targetEnvironment);
  }
}
