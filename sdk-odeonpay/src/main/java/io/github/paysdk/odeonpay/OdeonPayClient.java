package io.github.paysdk.odeonpay;

import io.github.paysdk.odeonpay.error.DuplicateInvoiceException;
import io.github.paysdk.core.auth.BasicAuth;
import io.github.paysdk.core.auth.RequestSigner;
import io.github.paysdk.core.auth.Secret;
import io.github.paysdk.core.http.AbstractClientBuilder;
import io.github.paysdk.core.http.ClientOptions;
import io.github.paysdk.core.http.HttpExecutor;
import io.github.paysdk.core.http.HttpTransport;
import io.github.paysdk.core.retry.RetryMode;
import io.github.paysdk.core.validation.Validate;
import io.github.paysdk.odeonpay.apm.ApmService;
import io.github.paysdk.odeonpay.checkout.CheckoutService;
import io.github.paysdk.odeonpay.internal.ContentHmacSigner;
import io.github.paysdk.odeonpay.internal.OdeonPayApi;
import io.github.paysdk.odeonpay.internal.OdeonPayErrorMapper;
import io.github.paysdk.odeonpay.notifications.OdeonPayNotifications;
import io.github.paysdk.odeonpay.payments.PaymentService;
import io.github.paysdk.odeonpay.payouts.PayoutService;
import java.util.Objects;

/**
 * The OdeonPay client: HTTP Basic authentication with publicId and API secret, and, when a signature key
 * is configured, a {@code Content-HMAC} header over every request body. Immutable and thread-safe; share
 * one instance and {@link #close()} it when done.
 *
 * <pre>{@code
 * try (OdeonPayClient odeonPay = OdeonPayClient.builder()
 *     .publicId("pbid_...").apiSecret(secret).signatureKey(key)
 *     .build()) {
 *   ChargeResult result = odeonPay.payments().charge(request);
 * }
 * }</pre>
 */
public final class OdeonPayClient implements AutoCloseable {
  private final HttpTransport transport;
  private final OdeonPayApi api;
  private final PaymentService payments;
  private final PayoutService payouts;
  private final CheckoutService checkout;
  private final ApmService apm;
  private final OdeonPayNotifications notifications;

  private OdeonPayClient(Builder builder) {
    Validate.notBlank(builder.publicId, "publicId");
    Validate.required(builder.apiSecret, "apiSecret");
    Validate.check(!builder.apiSecret.isBlank(), "apiSecret", "must not be blank");
    Validate.check(builder.signatureKey == null || !builder.signatureKey.isBlank(), "signatureKey",
        "must not be blank");
    RequestSigner basic = new BasicAuth(builder.publicId, builder.apiSecret);
    RequestSigner signer = builder.signatureKey == null
        ? basic
        : RequestSigner.compose(basic, new ContentHmacSigner(builder.signatureKey));
    this.transport = HttpTransport.create(builder.transportOptions(), "odeonpay");
    HttpExecutor executor = transport.executor(builder.environment.baseUrl())
        .signer(signer)
        .errorMapper(new OdeonPayErrorMapper())
        .build();
    this.api = new OdeonPayApi(executor, builder.publicId, builder.invoiceDuplicateProtection);
    this.payments = new PaymentService(api);
    this.payouts = new PayoutService(api);
    this.checkout = new CheckoutService(api);
    this.apm = new ApmService(api);
    this.notifications = OdeonPayNotifications.create(builder.apiSecret);
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Checks the credentials and connectivity ({@code POST /test}).
   *
   * @return OdeonPay's message, e.g. "Test message success"
   * @throws io.github.paysdk.core.error.AuthenticationException if publicId, apiSecret or the signature
   *     key is wrong (HTTP 401)
   */
  public String test() {
    return api.post("/test", null, RetryMode.READ, null).envelope().message();
  }

  /** @return card charges, 3-D Secure, refunds, status, list and balance */
  public PaymentService payments() {
    return payments;
  }

  /** @return card payouts by token or card number */
  public PayoutService payouts() {
    return payouts;
  }

  /** @return checkout links, payment links and the hosted-redirect URL */
  public CheckoutService checkout() {
    return checkout;
  }

  /** @return APM payouts and refunds */
  public ApmService apm() {
    return apm;
  }

  /** @return the notification verifier and parser, keyed with this client's API secret */
  public OdeonPayNotifications notifications() {
    return notifications;
  }

  /** Releases connections and threads (a caller-supplied OkHttpClient stays open). */
  @Override
  public void close() {
    transport.close();
  }

  @Override
  public String toString() {
    return "OdeonPayClient{baseUrl=" + api.baseUrl() + "}";
  }

  /** Builds an {@link OdeonPayClient}; publicId and apiSecret are required. */
  public static final class Builder extends AbstractClientBuilder<Builder> {
    private String publicId;
    private Secret apiSecret;
    private Secret signatureKey;
    private OdeonPayEnvironment environment = OdeonPayEnvironment.PRODUCTION;
    private boolean invoiceDuplicateProtection;

    private Builder() {}

    private ClientOptions transportOptions() {
      return options();
    }

    /**
     * @param publicId the site's public id from the Back Office (the Basic auth user)
     * @return this builder
     */
    public Builder publicId(String publicId) {
      this.publicId = publicId;
      return this;
    }

    /**
     * @param apiSecret the API secret (the Basic auth password; also the notification HMAC key)
     * @return this builder
     */
    public Builder apiSecret(Secret apiSecret) {
      this.apiSecret = Objects.requireNonNull(apiSecret, "apiSecret");
      return this;
    }

    /**
     * @param apiSecret the API secret
     * @return this builder
     */
    public Builder apiSecret(String apiSecret) {
      return apiSecret(Secret.of(apiSecret));
    }

    /**
     * @param signatureKey the request signature key from the Back Office; when set, every request carries
     *     {@code Content-HMAC}. Null to send none.
     * @return this builder
     */
    public Builder signatureKey(Secret signatureKey) {
      this.signatureKey = signatureKey;
      return this;
    }

    /**
     * @param signatureKey the request signature key, or null to send no {@code Content-HMAC}
     * @return this builder
     */
    public Builder signatureKey(String signatureKey) {
      return signatureKey(signatureKey == null ? null : Secret.of(signatureKey));
    }

    /**
     * @param environment the host (default {@link OdeonPayEnvironment#PRODUCTION})
     * @return this builder
     */
    public Builder environment(OdeonPayEnvironment environment) {
      this.environment = Objects.requireNonNull(environment, "environment");
      return this;
    }

    /**
     * Tells the SDK that your account manager enabled duplicate protection by invoice id (it is off by
     * default at OdeonPay). Then charges, payouts, payment links and APM payouts that carry an invoice id
     * are retried after timeouts and resets, because OdeonPay declines a repeat of the same invoice id;
     * such a decline surfaces as {@link DuplicateInvoiceException}. Without it they are never resent once
     * they may have arrived.
     *
     * @param enabled whether protection is on for this merchant
     * @return this builder
     */
    public Builder invoiceDuplicateProtection(boolean enabled) {
      this.invoiceDuplicateProtection = enabled;
      return this;
    }

    /**
     * @return the client
     * @throws io.github.paysdk.core.error.ValidationException if publicId or apiSecret is missing
     */
    public OdeonPayClient build() {
      return new OdeonPayClient(this);
    }
  }
}
