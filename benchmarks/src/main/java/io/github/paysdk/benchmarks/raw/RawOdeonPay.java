package io.github.paysdk.benchmarks.raw;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.paysdk.odeonpay.model.Transaction;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import okhttp3.Credentials;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;

/** OdeonPay by hand: HTTP Basic plus {@code Content-HMAC} = Base64(hex(HMAC-SHA256(body))). */
public final class RawOdeonPay {
  private final RawHttp http;
  private final ObjectMapper mapper = RawHttp.mapper().build();
  private final JavaType envelope =
      mapper.getTypeFactory().constructParametricType(Envelope.class, Transaction.class);
  private final Mac hmac;
  private final String publicId;
  private final String basic;

  /**
   * @param client the OkHttpClient
   * @param baseUrl the base URL
   * @param publicId the public id
   * @param apiSecret the API secret
   * @param signatureKey the signature key
   */
  public RawOdeonPay(OkHttpClient client, String baseUrl, String publicId, String apiSecret,
      String signatureKey) {
    this.http = new RawHttp(client, baseUrl);
    this.publicId = publicId;
    this.basic = Credentials.basic(publicId, apiSecret, StandardCharsets.UTF_8);
    this.hmac = RawHttp.hmacSha256(signatureKey);
  }

  /**
   * {@code POST /payments/charge/card}.
   *
   * @param amount the amount
   * @param currency the currency
   * @param name the cardholder
   * @param description the description
   * @param invoiceId the invoice id
   * @param accountId the payer's e-mail
   * @param ip the payer's IP
   * @param pan the card number
   * @param cvv the CVV
   * @param expiryMonth the expiry month
   * @param expiryYear the expiry year
   * @return the transaction
   */
  public Transaction charge(BigDecimal amount, String currency, String name, String description,
      String invoiceId, String accountId, String ip, String pan, String cvv, int expiryMonth,
      int expiryYear) {
    Map<String, Object> card = new LinkedHashMap<>();
    card.put("publicId", publicId);
    card.put("pan", pan);
    card.put("cvv", cvv);
    card.put("expiryMonth", expiryMonth);
    card.put("expiryYear", expiryYear);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("publicId", publicId);
    body.put("amount", amount);
    body.put("currency", currency);
    body.put("name", name);
    body.put("description", description);
    body.put("invoiceId", invoiceId);
    body.put("accountId", accountId);
    body.put("ip", ip);
    body.put("card", card);
    return post("/payments/charge/card", body);
  }

  /**
   * {@code POST /payments/status}.
   *
   * @param transactionId the transaction id
   * @return the transaction
   */
  public Transaction status(long transactionId) {
    return post("/payments/status", Map.of("transactionId", transactionId));
  }

  private Transaction post(String path, Object body) {
    byte[] bytes = RawHttp.json(mapper, body);
    byte[] hex = RawHttp.hexAscii(RawHttp.copy(hmac).doFinal(bytes));
    Request request = new Request.Builder()
        .url(http.url(path))
        .header("Authorization", basic)
        .header("Content-HMAC", RawHttp.base64(hex))
        .post(RequestBody.create(bytes, RawHttp.JSON))
        .build();
    Envelope<Transaction> reply = http.call(request, mapper, envelope);
    if (reply.model() == null) {
      throw new IllegalStateException("no model");
    }
    return reply.model();
  }

  /**
   * The reply envelope.
   *
   * @param success the flag
   * @param message the message
   * @param model the payload
   * @param <T> the payload type
   */
  public record Envelope<T>(Boolean success, String message, T model) {}
}
