package io.github.paysdk.odeo;

import io.github.paysdk.core.auth.Secret;
import io.github.paysdk.core.auth.TokenProvider;
import io.github.paysdk.core.http.AbstractClientBuilder;
import io.github.paysdk.core.http.ClientOptions;
import io.github.paysdk.core.http.HttpExecutor;
import io.github.paysdk.core.http.HttpTransport;
import io.github.paysdk.core.json.JsonCodec;
import io.github.paysdk.core.validation.Validate;
import io.github.paysdk.odeo.callback.OdeoCallbacks;
import io.github.paysdk.odeo.cash.CashService;
import io.github.paysdk.odeo.disbursement.DisbursementService;
import io.github.paysdk.odeo.internal.OdeoApi;
import io.github.paysdk.odeo.internal.OdeoErrorMapper;
import io.github.paysdk.odeo.internal.OdeoSigner;
import io.github.paysdk.odeo.internal.OdeoTokenFetcher;
import io.github.paysdk.odeo.paymentgateway.PaymentGatewayService;
import io.github.paysdk.odeo.subuser.SubUserService;
import java.time.Duration;
import java.util.Objects;

/**
 * The Odeo For Business API client. Build one per set of credentials and share it: it is immutable and
 * thread-safe, and holds one connection pool and one cached access token (renewed a minute before it
 * expires, and once after a 401; however many threads start at once, one token request is made).
 *
 * <pre>{@code
 * try (OdeoClient odeo = OdeoClient.builder()
 *     .clientId(id).clientSecret(secret).signingKey(key)
 *     .environment(OdeoEnvironment.PRODUCTION)
 *     .build()) {
 *   List<Bank> banks = odeo.disbursement().getBanks();
 * }
 * }</pre>
 */
public final class OdeoClient implements AutoCloseable {
  private final HttpTransport transport;
  private final String baseUrl;
  private final DisbursementService disbursement;
  private final PaymentGatewayService paymentGateway;
  private final CashService cash;
  private final SubUserService subUser;
  private final OdeoCallbacks callbacks;

  private OdeoClient(Builder builder, ClientOptions options) {
    this.transport = HttpTransport.create(options, "odeo");
    JsonCodec codec = JsonCodec.standard();
    OdeoErrorMapper errors = new OdeoErrorMapper(codec.mapper());
    String defaultUrl = builder.environment.baseUrl();
    HttpExecutor tokenExecutor = transport.executor(defaultUrl).errorMapper(errors).build();
    TokenProvider tokens = new TokenProvider(
        new OdeoTokenFetcher(tokenExecutor, codec, builder.clientId, builder.clientSecret,
            options.clock()),
        builder.refreshAhead, options.clock());
    HttpExecutor executor = transport.executor(defaultUrl)
        .signer(new OdeoSigner(tokens, builder.signingKey, options.clock()))
        .errorMapper(errors)
        .build();
    this.baseUrl = executor.baseUrl().toString();
    OdeoApi api = new OdeoApi(executor, codec);
    this.disbursement = new DisbursementService(api);
    this.paymentGateway = new PaymentGatewayService(api);
    this.cash = new CashService(api);
    this.subUser = new SubUserService(api);
    this.callbacks = OdeoCallbacks.builder()
        .signingKey(builder.signingKey.reveal())
        .clock(options.clock())
        .build();
  }

  /** @return a builder; client id, client secret and signing key are required */
  public static Builder builder() {
    return new Builder();
  }

  /** @return bank list, bank account inquiry and disbursements ({@code /dg/v1}) */
  public DisbursementService disbursement() {
    return disbursement;
  }

  /** @return payment lookups ({@code /pg/v1}) */
  public PaymentGatewayService paymentGateway() {
    return paymentGateway;
  }

  /** @return transfers, VA top-ups, balances and transaction history ({@code /cash}) */
  public CashService cash() {
    return cash;
  }

  /** @return sub-user accounts ({@code /sub-users}) */
  public SubUserService subUser() {
    return subUser;
  }

  /**
   * @return a verifier and parser for callbacks Odeo sends to you, using this client's signing key,
   *     clock and the default timestamp tolerance (build your own with {@link OdeoCallbacks#builder()})
   */
  public OdeoCallbacks callbacks() {
    return callbacks;
  }

  /** Releases the connections and threads of the client's own OkHttpClient. */
  @Override
  public void close() {
    transport.close();
  }

  @Override
  public String toString() {
    return "OdeoClient[" + baseUrl + "]";
  }

  /** Builds an {@link OdeoClient}. {@link #toString()} never shows a secret. */
  public static final class Builder extends AbstractClientBuilder<Builder> {
    private String clientId;
    private Secret clientSecret;
    private Secret signingKey;
    private OdeoEnvironment environment = OdeoEnvironment.DEVELOPMENT;
    private Duration refreshAhead = Duration.ofSeconds(60);

    private Builder() {}

    /**
     * @param clientId the OAuth client id Odeo issued
     * @return this builder
     */
    public Builder clientId(String clientId) {
      this.clientId = clientId;
      return this;
    }

    /**
     * @param clientSecret the OAuth client secret Odeo issued
     * @return this builder
     */
    public Builder clientSecret(String clientSecret) {
      this.clientSecret = clientSecret == null ? null : Secret.of(clientSecret);
      return this;
    }

    /**
     * @param signingKey the signing key Odeo issued, for {@code X-Odeo-Signature}
     * @return this builder
     */
    public Builder signingKey(String signingKey) {
      this.signingKey = signingKey == null ? null : Secret.of(signingKey);
      return this;
    }

    /**
     * @param environment the server; {@link OdeoEnvironment#DEVELOPMENT} by default. A
     *     {@link #baseUrl(String)} overrides it.
     * @return this builder
     */
    public Builder environment(OdeoEnvironment environment) {
      this.environment = Objects.requireNonNull(environment, "environment");
      return this;
    }

    /**
     * @param ahead how long before expiry the access token is renewed (default 60 s; at most half the
     *     token's lifetime is used)
     * @return this builder
     */
    public Builder tokenRefreshAhead(Duration ahead) {
      Objects.requireNonNull(ahead, "tokenRefreshAhead");
      if (ahead.isNegative()) {
        throw new IllegalArgumentException("tokenRefreshAhead must not be negative");
      }
      this.refreshAhead = ahead;
      return this;
    }

    /**
     * @return the client
     * @throws io.github.paysdk.core.error.ValidationException if a credential is missing or blank
     */
    public OdeoClient build() {
      Validate.notBlank(clientId, "clientId");
      Validate.check(clientSecret != null && !clientSecret.isBlank(), "clientSecret", "must not be blank");
      Validate.check(signingKey != null && !signingKey.isBlank(), "signingKey", "must not be blank");
      return new OdeoClient(this, options());
    }

    @Override
    public String toString() {
      return "OdeoClient.Builder[clientId=" + clientId + ", environment=" + environment
          + ", clientSecret=****, signingKey=****]";
    }
  }
}
