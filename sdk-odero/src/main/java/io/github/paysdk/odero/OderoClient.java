package io.github.paysdk.odero;

import io.github.paysdk.core.auth.Secret;
import io.github.paysdk.core.http.AbstractClientBuilder;
import io.github.paysdk.core.http.ClientOptions;
import io.github.paysdk.core.http.HttpExecutor;
import io.github.paysdk.core.http.HttpTransport;
import io.github.paysdk.core.json.IsoLocalDateTimeDeserializer;
import io.github.paysdk.core.json.JsonCodec;
import io.github.paysdk.core.json.JsonMappers;
import io.github.paysdk.core.validation.Validate;
import io.github.paysdk.odero.card.StoredCardService;
import io.github.paysdk.odero.installment.InstallmentService;
import io.github.paysdk.odero.internal.OderoApi;
import io.github.paysdk.odero.internal.OderoErrorMapper;
import io.github.paysdk.odero.internal.OderoSigner;
import io.github.paysdk.odero.payment.PaymentService;
import io.github.paysdk.odero.refund.RefundService;
import io.github.paysdk.odero.reporting.PaymentReportingService;
import java.time.Duration;
import java.util.Objects;

/**
 * The Odero (TokenPay platform) client. Build one per merchant account and share it: it is immutable and
 * thread-safe, and holds one connection pool. Close it when done.
 *
 * <pre>{@code
 * try (OderoClient odero = OderoClient.builder()
 *     .apiKey(apiKey).secretKey(secretKey)
 *     .environment(OderoEnvironment.AZ_SANDBOX)
 *     .build()) {
 *   PaymentDetail payment = odero.paymentReporting().retrievePayment(100042);
 * }
 * }</pre>
 *
 * <p>Every request is signed ({@code x-api-key}, a fresh {@code x-rnd-key}, {@code x-auth-version: v1},
 * {@code x-signature}). Errors are the core exceptions, implementing
 * {@link io.github.paysdk.odero.error.OderoFailure} when the platform sent its error envelope.
 */
public final class OderoClient implements AutoCloseable {
  private final HttpTransport transport;
  private final PaymentReportingService paymentReporting;
  private final PaymentService payments;
  private final RefundService refunds;
  private final InstallmentService installments;
  private final StoredCardService storedCards;

  private OderoClient(Builder builder, ClientOptions options) {
    // Odero's answers carry many plain ISO date-times: read them without the DateTimeFormatter machinery.
    JsonCodec json = new JsonCodec(
        JsonMappers.builder().addModule(IsoLocalDateTimeDeserializer.module()).build());
    this.transport = HttpTransport.create(options, "odero");
    OderoErrorMapper errors = new OderoErrorMapper(json.mapper(), options.clock());
    HttpExecutor executor = transport.executor(builder.environment.baseUrl())
        .signer(OderoSigner.withRandomUuids(builder.apiKey, builder.secretKey))
        .errorMapper(errors)
        .build();
    OderoApi api = new OderoApi(executor, json, errors);
    this.paymentReporting = new PaymentReportingService(api);
    this.payments = new PaymentService(api);
    this.refunds = new RefundService(api);
    this.installments = new InstallmentService(api);
    this.storedCards = new StoredCardService(api);
  }

  /** @return a builder; apiKey and secretKey are required, the environment defaults to AZ_SANDBOX */
  public static Builder builder() {
    return new Builder();
  }

  /** @return payment reporting: retrieve and search payments */
  public PaymentReportingService paymentReporting() {
    return paymentReporting;
  }

  /** @return card payments: create, 3-D Secure, post-auth, hosted checkout */
  public PaymentService payments() {
    return payments;
  }

  /** @return refunds of payments and of single payment transactions */
  public RefundService refunds() {
    return refunds;
  }

  /** @return installment options and BIN lookup */
  public InstallmentService installments() {
    return installments;
  }

  /** @return stored cards: search and delete */
  public StoredCardService storedCards() {
    return storedCards;
  }

  /** Releases the connection pool (unless the caller supplied the OkHttpClient). */
  @Override
  public void close() {
    transport.close();
  }

  @Override
  public String toString() {
    return "OderoClient[apiKey=****]";
  }

  /**
   * Builds an {@link OderoClient}; see {@link AbstractClientBuilder} for transport settings. Defaults differ
   * from the other providers where Odero needs it: connect 15 s, read 140 s, write 30 s, whole call 150 s.
   */
  public static final class Builder extends AbstractClientBuilder<Builder> {
    private Secret apiKey;
    private Secret secretKey;
    private OderoEnvironment environment = OderoEnvironment.AZ_SANDBOX;

    private Builder() {
      // Bank authorizations can be slow: TokenPay's own client waits 15 s to connect and 140 s to read.
      // A shorter read timeout would turn slow but successful payments into unknown outcomes.
      timeouts(Duration.ofSeconds(15), Duration.ofSeconds(140), Duration.ofSeconds(30));
      callTimeout(Duration.ofSeconds(150));
    }

    /**
     * @param apiKey the API key from the merchant panel's Profile section
     * @return this builder
     */
    public Builder apiKey(String apiKey) {
      this.apiKey = Secret.of(Validate.notBlank(apiKey, "apiKey"));
      return this;
    }

    /**
     * @param secretKey the secret key from the merchant panel's Profile section
     * @return this builder
     */
    public Builder secretKey(String secretKey) {
      this.secretKey = Secret.of(Validate.notBlank(secretKey, "secretKey"));
      return this;
    }

    /**
     * @param environment the host to use (default {@link OderoEnvironment#AZ_SANDBOX}); a
     *     {@link #baseUrl(String)} wins over it
     * @return this builder
     */
    public Builder environment(OderoEnvironment environment) {
      this.environment = Objects.requireNonNull(environment, "environment");
      return this;
    }

    /**
     * @return the client
     * @throws io.github.paysdk.core.error.ValidationException if apiKey or secretKey is missing
     */
    public OderoClient build() {
      Validate.required(apiKey, "apiKey");
      Validate.required(secretKey, "secretKey");
      return new OderoClient(this, options());
    }
  }
}
