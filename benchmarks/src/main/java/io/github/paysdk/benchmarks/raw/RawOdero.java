package io.github.paysdk.benchmarks.raw;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.paysdk.odero.payment.Payment;
import io.github.paysdk.odero.reporting.PaymentDetail;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;

/** Odero by hand: {@code x-signature} = Base64(SHA-256(decoded URL + apiKey + secretKey + rnd + body)). */
public final class RawOdero {
  private final RawHttp http;
  private final ObjectMapper mapper = RawHttp.mapper().build();
  private final JavaType payment =
      mapper.getTypeFactory().constructParametricType(Data.class, Payment.class);
  private final JavaType paymentDetail =
      mapper.getTypeFactory().constructParametricType(Data.class, PaymentDetail.class);
  private final MessageDigest sha256 = RawHttp.sha256();
  private final String apiKey;
  private final String secretKey;

  /**
   * @param client the OkHttpClient
   * @param baseUrl the base URL
   * @param apiKey the API key
   * @param secretKey the secret key
   */
  public RawOdero(OkHttpClient client, String baseUrl, String apiKey, String secretKey) {
    this.http = new RawHttp(client, baseUrl);
    this.apiKey = apiKey;
    this.secretKey = secretKey;
  }

  /**
   * {@code POST /payment/v1/card-payments}.
   *
   * @param price the price
   * @param conversationId the conversation id
   * @param card the card fields
   * @param items the basket items
   * @return the payment
   */
  public Payment createPayment(BigDecimal price, String conversationId, Map<String, Object> card,
      List<Map<String, Object>> items) {
    Map<String, Object> body = new java.util.LinkedHashMap<>();
    body.put("price", price);
    body.put("paidPrice", price);
    body.put("installment", 1);
    body.put("currency", "AZN");
    body.put("paymentGroup", "PRODUCT");
    body.put("conversationId", conversationId);
    body.put("card", card);
    body.put("items", items);
    Data<Payment> data = send("POST", "/payment/v1/card-payments", RawHttp.json(mapper, body), payment);
    return data.data();
  }

  /**
   * {@code GET /payment-reporting/v1/payments/{id}}.
   *
   * @param paymentId the payment id
   * @return the payment
   */
  public PaymentDetail retrievePayment(long paymentId) {
    Data<PaymentDetail> data =
        send("GET", "/payment-reporting/v1/payments/" + paymentId, null, paymentDetail);
    return data.data();
  }

  private <T> Data<T> send(String method, String path, byte[] body, JavaType type) {
    HttpUrl url = http.url(path);
    String rnd = UUID.randomUUID().toString();
    MessageDigest digest = RawHttp.copy(sha256);
    digest.update((URLDecoder.decode(url.toString(), StandardCharsets.UTF_8) + apiKey + secretKey + rnd)
        .getBytes(StandardCharsets.UTF_8));
    if (body != null) {
      digest.update(body);
    }
    Request request = new Request.Builder()
        .url(url)
        .header("Accept", "application/json")
        .header("x-api-key", apiKey)
        .header("x-rnd-key", rnd)
        .header("x-auth-version", "v1")
        .header("x-signature", RawHttp.base64(digest.digest()))
        .method(method, body == null ? null : RequestBody.create(body, RawHttp.JSON))
        .build();
    Data<T> data = http.call(request, mapper, type);
    if (data.data() == null) {
      throw new IllegalStateException("no data");
    }
    return data;
  }

  /**
   * The success envelope.
   *
   * @param data the result
   * @param <T> the result type
   */
  public record Data<T>(T data) {}
}
