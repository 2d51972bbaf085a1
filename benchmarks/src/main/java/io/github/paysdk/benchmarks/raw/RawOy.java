package io.github.paysdk.benchmarks.raw;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.github.paysdk.oy.disbursement.Disbursement;
import java.util.LinkedHashMap;
import java.util.Map;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;

/** OY by hand: two static headers, a JSON body, and a {@code status.code} check on the parsed answer. */
public final class RawOy {
  private final RawHttp http;
  private final ObjectMapper mapper =
      RawHttp.mapper().propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();
  private final JavaType disbursement = mapper.constructType(Disbursement.class);
  private final String username;
  private final String apiKey;

  /**
   * @param client the OkHttpClient
   * @param baseUrl the base URL
   * @param username the username
   * @param apiKey the API key
   */
  public RawOy(OkHttpClient client, String baseUrl, String username, String apiKey) {
    this.http = new RawHttp(client, baseUrl);
    this.username = username;
    this.apiKey = apiKey;
  }

  /**
   * {@code POST /api/remit}.
   *
   * @param recipientBank the bank code
   * @param recipientAccount the account
   * @param amount the amount
   * @param note the note
   * @param partnerTrxId the partner transaction id
   * @return the disbursement
   */
  public Disbursement remit(String recipientBank, String recipientAccount, long amount, String note,
      String partnerTrxId) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("recipient_bank", recipientBank);
    body.put("recipient_account", recipientAccount);
    body.put("amount", amount);
    body.put("note", note);
    body.put("partner_trx_id", partnerTrxId);
    return post("/api/remit", body, "101");
  }

  /**
   * {@code POST /api/remit-status}.
   *
   * @param partnerTrxId the partner transaction id
   * @return the disbursement
   */
  public Disbursement remitStatus(String partnerTrxId) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("partner_trx_id", partnerTrxId);
    body.put("send_callback", false);
    return post("/api/remit-status", body, "000");
  }

  private Disbursement post(String path, Object body, String expectedCode) {
    Request request = new Request.Builder()
        .url(http.url(path))
        .header("Accept", "application/json")
        .header("X-OY-Username", username)
        .header("X-Api-Key", apiKey)
        .post(RequestBody.create(RawHttp.json(mapper, body), RawHttp.JSON))
        .build();
    Disbursement result = http.call(request, mapper, disbursement);
    if (result.status() == null || !expectedCode.equals(result.status().code())) {
      throw new IllegalStateException("unexpected status");
    }
    return result;
  }
}
