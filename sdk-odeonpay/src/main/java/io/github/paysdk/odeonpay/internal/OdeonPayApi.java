package io.github.paysdk.odeonpay.internal;

import com.fasterxml.jackson.databind.JavaType;
import io.github.paysdk.core.http.ApiRequest;
import io.github.paysdk.core.http.ApiResponse;
import io.github.paysdk.core.http.HttpExecutor;
import io.github.paysdk.core.http.HttpMethod;
import io.github.paysdk.core.retry.RetryMode;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * Sends OdeonPay calls: serializes the body once, picks nothing implicitly (every call names its retry
 * mode), and parses the envelope. A 2xx rejection ({@code success:false} without a payload) is told apart
 * in the same parse ({@link RejectionCheck}) and thrown as a
 * {@link io.github.paysdk.odeonpay.error.RequestRejectedException}. Shared by the services of one client.
 */
public final class OdeonPayApi {
  private static final String JSON = "application/json";
  private static final JavaType ENVELOPE = OdeonPayJson.codec().mapper().constructType(Envelope.class);
  private final HttpExecutor executor;
  private final String publicId;
  private final boolean invoiceDuplicateProtection;

  /**
   * @param executor the configured executor (Basic auth, optional Content-HMAC, error mapper)
   * @param publicId the merchant's public id
   * @param invoiceDuplicateProtection whether the merchant's duplicate protection by invoice id is on
   */
  public OdeonPayApi(HttpExecutor executor, String publicId, boolean invoiceDuplicateProtection) {
    this.executor = Objects.requireNonNull(executor, "executor");
    this.publicId = Objects.requireNonNull(publicId, "publicId");
    this.invoiceDuplicateProtection = invoiceDuplicateProtection;
  }

  /** @return the merchant's public id */
  public String publicId() {
    return publicId;
  }

  /** @return the API base URL */
  public HttpUrl baseUrl() {
    return executor.baseUrl();
  }

  /**
   * The retry mode of a money-moving call: {@link RetryMode#IDEMPOTENT} only when OdeonPay deduplicates it,
   * that is when duplicate protection is on and the request carries an invoice id (the same bytes are
   * resent on every attempt); otherwise {@link RetryMode#NON_IDEMPOTENT}.
   *
   * @param invoiceId the request's invoice id, may be null
   * @return the mode
   */
  public RetryMode moneyMoving(String invoiceId) {
    return invoiceDuplicateProtection && invoiceId != null && !invoiceId.isBlank()
        ? RetryMode.IDEMPOTENT
        : RetryMode.NON_IDEMPOTENT;
  }

  /**
   * @param path the path, e.g. {@code /payments/charge/card}
   * @param body the body model, serialized once; null for an empty body
   * @param mode how the call may be retried
   * @param lookupKey what to look the result up by if the outcome is unknown, or null
   * @return the reply
   */
  public Reply post(String path, Object body, RetryMode mode, String lookupKey) {
    byte[] bytes = body == null ? new byte[0] : OdeonPayJson.codec().toBytes(body);
    return send(ApiRequest.builder(HttpMethod.POST, path)
        .body(bytes, JSON)
        .retryMode(mode)
        .lookupKey(lookupKey)
        .build());
  }

  /**
   * Like {@link #post}, for endpoints that answer with a transaction or a 3-D Secure step: the envelope
   * is parsed straight into {@link TransactionEnvelope} (no tree of the payload).
   *
   * @param path the path, e.g. {@code /payments/charge/card}
   * @param body the body model, serialized once
   * @param mode how the call may be retried
   * @param lookupKey what to look the result up by if the outcome is unknown, or null
   * @return the reply, with {@link Reply#typed()} set
   */
  public Reply postForTransaction(String path, Object body, RetryMode mode, String lookupKey) {
    ApiResponse response = executor.execute(ApiRequest.builder(HttpMethod.POST, path)
        .body(OdeonPayJson.codec().toBytes(body), JSON)
        .retryMode(mode)
        .lookupKey(lookupKey)
        .build());
    return new Reply(response, TransactionEnvelopes.read(response));
  }

  /**
   * @param path the path of a read
   * @return the reply
   */
  public Reply get(String path) {
    return send(ApiRequest.builder(HttpMethod.GET, path).retryMode(RetryMode.READ).build());
  }

  /**
   * A read answered with a {@code transactions} array (status by invoice, a day's list), parsed straight
   * into the items: no tree of the whole answer is built, as a day's list can hold 100,000 rows.
   *
   * @param path the path
   * @param body the body model, serialized once
   * @param type the item type
   * @param <T> the item type
   * @return the items, unmodifiable
   * @throws io.github.paysdk.core.error.MalformedResponseException if there is no such array
   */
  public <T> List<T> postForTransactions(String path, Object body, Class<T> type) {
    ApiResponse response = executor.execute(ApiRequest.builder(HttpMethod.POST, path)
        .body(OdeonPayJson.codec().toBytes(body), JSON)
        .retryMode(RetryMode.READ)
        .build());
    JavaType listing = OdeonPayJson.codec().mapper().getTypeFactory()
        .constructParametricType(Transactions.class, type);
    RejectionCheck rejection = new RejectionCheck();
    Transactions<T> parsed = OdeonPayJson.codec().read(response, listing, rejection);
    rejection.throwIfRejected(response);
    if (parsed.transactions() == null) {
      throw new Reply(response, (Envelope) null).missing("transactions");
    }
    return Collections.unmodifiableList(parsed.transactions());
  }

  /**
   * The envelope of the list answers, typed.
   *
   * @param transactions the items, or null if absent
   * @param <T> the item type
   */
  record Transactions<T>(List<T> transactions) {}

  private Reply send(ApiRequest request) {
    ApiResponse response = executor.execute(request);
    RejectionCheck rejection = new RejectionCheck();
    Envelope envelope = OdeonPayJson.codec().read(response, ENVELOPE, rejection);
    if (!envelope.hasPayload()) {
      rejection.throwIfRejected(response, envelope.success(), envelope.message());
    }
    return new Reply(response, envelope);
  }
}
