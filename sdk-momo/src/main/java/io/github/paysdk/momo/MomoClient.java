package io.github.paysdk.momo;

import io.github.paysdk.core.auth.Secret;
import io.github.paysdk.core.http.AbstractClientBuilder;
import io.github.paysdk.core.http.ClientOptions;
import io.github.paysdk.core.http.HttpTransport;
import io.github.paysdk.core.json.JsonCodec;
import io.github.paysdk.core.validation.Validate;
import io.github.paysdk.momo.collection.CollectionService;
import io.github.paysdk.momo.model.StatusPoller;
import io.github.paysdk.momo.disbursement.DisbursementService;
import io.github.paysdk.momo.internal.MomoContext;
import io.github.paysdk.momo.internal.MomoRules;
import io.github.paysdk.momo.internal.ProductChannel;
import io.github.paysdk.momo.internal.ReplayLedger;
import io.github.paysdk.momo.provisioning.SandboxProvisioningService;
import io.github.paysdk.momo.remittance.RemittanceService;
import java.time.Duration;
import java.util.Locale;

/**
 * The MTN MoMo client. Immutable and thread-safe; build one per set of credentials and share it. Each
 * configured product has its own subscription key and its own cached access token (fetched on first
 * use, renewed a minute before expiry, refreshed once after a 401, never logged).
 *
 * <pre>{@code
 * MomoClient momo = MomoClient.builder()
 *     .environment(MomoEnvironment.SANDBOX)
 *     .collection(ProductCredentials.of(collectionKey, apiUser, apiKey))
 *     .build();
 * Accepted accepted = momo.collection().requestToPay(RequestToPayRequest.builder()
 *     .amount("100").currency("EUR").payer(Party.msisdn("56733123453")).externalId("order-42").build());
 * }</pre>
 */
public final class MomoClient implements AutoCloseable {
  private final HttpTransport transport;
  private final MomoContext context;
  private final StatusPoller poller;
  private final CollectionService collection;
  private final DisbursementService disbursement;
  private final RemittanceService remittance;
  private final SandboxProvisioningService provisioning;

  private MomoClient(Builder builder, ClientOptions options) {
    this.transport = HttpTransport.create(options, "momo");
    this.context = new MomoContext(transport, builder.environment, builder.targetEnvironment,
        builder.defaultCallbackUrl, builder.providerCallbackHost, JsonCodec.standard(), new ReplayLedger());
    this.poller = new StatusPoller(
        options.clock(), options.sleeper(), Duration.ofSeconds(2), Duration.ofSeconds(30));
    this.collection = builder.collection == null ? null
        : new CollectionService(new ProductChannel(context, MomoProduct.COLLECTION,
            builder.collection), poller);
    this.disbursement = builder.disbursement == null ? null
        : new DisbursementService(new ProductChannel(context, MomoProduct.DISBURSEMENT,
            builder.disbursement), poller);
    this.remittance = builder.remittance == null ? null
        : new RemittanceService(new ProductChannel(context, MomoProduct.REMITTANCE,
            builder.remittance), poller);
    Secret provisioningKey = builder.provisioningKey();
    this.provisioning = builder.environment != MomoEnvironment.SANDBOX || provisioningKey == null
        ? null
        : new SandboxProvisioningService(ProductChannel.provisioning(context, provisioningKey));
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @return the Collection service
   * @throws IllegalStateException if no collection credentials were configured
   */
  public CollectionService collection() {
    return require(collection, "collection");
  }

  /**
   * @return the Disbursement service
   * @throws IllegalStateException if no disbursement credentials were configured
   */
  public DisbursementService disbursement() {
    return require(disbursement, "disbursement");
  }

  /**
   * @return the Remittance service
   * @throws IllegalStateException if no remittance credentials were configured
   */
  public RemittanceService remittance() {
    return require(remittance, "remittance");
  }

  /**
   * @return the sandbox provisioning API (create API user and key)
   * @throws IllegalStateException outside the sandbox, or if no subscription key was configured
   */
  public SandboxProvisioningService provisioning() {
    if (provisioning == null) {
      throw new IllegalStateException(context.environment() != MomoEnvironment.SANDBOX
          ? "Provisioning exists only in the sandbox; production API users come from the Partner Portal"
          : "Provisioning needs a subscription key: set provisioningSubscriptionKey(..) or a product");
    }
    return provisioning;
  }

  /** @return the poller, with the client's clock and sleeper (2 s first wait, 30 s longest) */
  public StatusPoller poller() {
    return poller;
  }

  /** @return the environment */
  public MomoEnvironment environment() {
    return context.environment();
  }

  /** @return the {@code X-Target-Environment} value */
  public String targetEnvironment() {
    return context.targetEnvironment();
  }

  /** Releases connections and threads (a caller-supplied OkHttpClient stays open). */
  @Override
  public void close() {
    transport.close();
  }

  @Override
  public String toString() {
    return "MomoClient[" + context.environment() + ", targetEnvironment=" + context.targetEnvironment()
        + "]";
  }

  private static <T> T require(T service, String name) {
    if (service == null) {
      throw new IllegalStateException("No " + name + " credentials configured: call "
          + "MomoClient.builder()." + name + "(ProductCredentials.of(subscriptionKey, apiUser, apiKey))");
    }
    return service;
  }

  /** Builds a {@link MomoClient}. */
  public static final class Builder extends AbstractClientBuilder<Builder> {
    private MomoEnvironment environment = MomoEnvironment.SANDBOX;
    private String targetEnvironment;
    private ProductCredentials collection;
    private ProductCredentials disbursement;
    private ProductCredentials remittance;
    private String defaultCallbackUrl;
    private String providerCallbackHost;
    private Secret provisioningSubscriptionKey;

    private Builder() {}

    /**
     * @param environment sandbox (the default) or production
     * @return this builder
     */
    public Builder environment(MomoEnvironment environment) {
      this.environment = Validate.required(environment, "environment");
      return this;
    }

    /**
     * @param targetEnvironment the {@code X-Target-Environment}, e.g. {@code sandbox} or
     *     {@code mtnuganda} (see {@link TargetEnvironments}); defaults to {@code sandbox} in the sandbox
     *     and is required in production
     * @return this builder
     */
    public Builder targetEnvironment(String targetEnvironment) {
      this.targetEnvironment = Validate.notBlank(targetEnvironment, "targetEnvironment").trim()
          .toLowerCase(Locale.ROOT);
      return this;
    }

    /**
     * @param credentials the Collections subscription key, API user and key
     * @return this builder
     */
    public Builder collection(ProductCredentials credentials) {
      this.collection = Validate.required(credentials, "collection");
      return this;
    }

    /**
     * @param credentials the Disbursements subscription key, API user and key
     * @return this builder
     */
    public Builder disbursement(ProductCredentials credentials) {
      this.disbursement = Validate.required(credentials, "disbursement");
      return this;
    }

    /**
     * @param credentials the Remittances subscription key, API user and key
     * @return this builder
     */
    public Builder remittance(ProductCredentials credentials) {
      this.remittance = Validate.required(credentials, "remittance");
      return this;
    }

    /**
     * @param url the {@code X-Callback-Url} sent when a request names none; its host must be the API
     *     user's {@code providerCallbackHost}; https in production
     * @return this builder
     */
    public Builder defaultCallbackUrl(String url) {
      this.defaultCallbackUrl = MomoRules.callbackUrl(Validate.notBlank(url, "defaultCallbackUrl"),
          "defaultCallbackUrl");
      return this;
    }

    /**
     * Checks every callback URL against the API user's {@code providerCallbackHost} before sending, so a
     * mismatch fails fast instead of as MTN's 500 {@code INVALID_CALLBACK_URL_HOST}.
     *
     * @param host the host the API user was created with, e.g. {@code webhook.site}
     * @return this builder
     */
    public Builder providerCallbackHost(String host) {
      this.providerCallbackHost = Validate.notBlank(host, "providerCallbackHost").trim();
      return this;
    }

    /**
     * @param subscriptionKey the subscription key for the sandbox provisioning API, when no product
     *     credentials exist yet (any product's key works)
     * @return this builder
     */
    public Builder provisioningSubscriptionKey(String subscriptionKey) {
      this.provisioningSubscriptionKey =
          Secret.of(Validate.notBlank(subscriptionKey, "provisioningSubscriptionKey"));
      return this;
    }

    private Secret provisioningKey() {
      if (provisioningSubscriptionKey != null) {
        return provisioningSubscriptionKey;
      }
      for (ProductCredentials credentials : new ProductCredentials[] {collection, disbursement,
          remittance}) {
        if (credentials != null) {
          return credentials.subscriptionKey();
        }
      }
      return null;
    }

    /**
     * @return the client
     * @throws io.github.paysdk.core.error.ValidationException if production lacks a target environment,
     *     targets {@code sandbox}, or has a non-https default callback URL
     */
    public MomoClient build() {
      if (targetEnvironment == null) {
        Validate.check(environment == MomoEnvironment.SANDBOX, "targetEnvironment",
            "is required in production (e.g. mtnuganda)");
        targetEnvironment = TargetEnvironments.SANDBOX;
      }
      if (environment == MomoEnvironment.PRODUCTION) {
        Validate.check(!TargetEnvironments.SANDBOX.equals(targetEnvironment), "targetEnvironment",
            "must not be sandbox in production");
        if (defaultCallbackUrl != null) {
          MomoRules.httpsCallbackUrl(defaultCallbackUrl, "defaultCallbackUrl");
        }
      }
      if (defaultCallbackUrl != null && providerCallbackHost != null) {
        MomoRules.callbackHost(defaultCallbackUrl, providerCallbackHost, "defaultCallbackUrl");
      }
      return new MomoClient(this, options());
    }
  }
}
