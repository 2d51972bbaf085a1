package io.github.paysdk.oy;

import io.github.paysdk.core.auth.Secret;
import io.github.paysdk.core.auth.StaticHeaders;
import io.github.paysdk.core.http.AbstractClientBuilder;
import io.github.paysdk.core.http.ClientOptions;
import io.github.paysdk.core.http.HttpTransport;
import io.github.paysdk.core.validation.Validate;
import io.github.paysdk.oy.accountinquiry.AccountInquiryService;
import io.github.paysdk.oy.balance.BalanceService;
import io.github.paysdk.oy.callback.CallbackVerifier;
import io.github.paysdk.oy.checkout.PaymentCheckoutService;
import io.github.paysdk.oy.disbursement.DisbursementService;
import io.github.paysdk.oy.internal.OyErrorMapper;
import io.github.paysdk.oy.internal.OyHttp;
import io.github.paysdk.oy.receivable.AccountReceivableService;
import io.github.paysdk.oy.virtualaccount.VirtualAccountService;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The OY! Indonesia Partner API. Every request carries {@code X-OY-Username} and {@code X-Api-Key};
 * OY also checks that it comes from an IP address registered with them. Immutable and thread-safe:
 * build one per set of credentials and share it. Close it to release its connections.
 *
 * <pre>{@code
 * try (OyClient oy = OyClient.builder()
 *     .username("partner").apiKey(System.getenv("OY_API_KEY"))
 *     .environment(OyEnvironment.STAGING)
 *     .build()) {
 *   Balance balance = oy.balance().get();
 * }
 * }</pre>
 */
public final class OyClient implements AutoCloseable {
  private final HttpTransport transport;
  private final AccountInquiryService accountInquiry;
  private final DisbursementService disbursement;
  private final BalanceService balance;
  private final VirtualAccountService virtualAccounts;
  private final PaymentCheckoutService checkout;
  private final AccountReceivableService receivables;
  private final CallbackVerifier callbacks;

  private OyClient(Builder builder, ClientOptions options) {
    this.transport = HttpTransport.create(options, "oy");
    Map<String, Secret> headers = new LinkedHashMap<>();
    headers.put("X-OY-Username", Secret.of(builder.username));
    headers.put("X-Api-Key", builder.apiKey);
    OyHttp http = new OyHttp(transport.executor(builder.environment.baseUrl())
        .signer(StaticHeaders.of(headers))
        .errorMapper(new OyErrorMapper())
        .build());
    this.accountInquiry = new AccountInquiryService(http);
    this.disbursement = new DisbursementService(http);
    this.balance = new BalanceService(http);
    this.virtualAccounts = new VirtualAccountService(http);
    this.checkout = new PaymentCheckoutService(http);
    this.receivables = new AccountReceivableService(http);
    this.callbacks = new CallbackVerifier(this);
  }

  /** @return a builder; {@code username} and {@code apiKey} are required */
  public static Builder builder() {
    return new Builder();
  }

  /** @return account inquiry (check a beneficiary account) and its daily invoices */
  public AccountInquiryService accountInquiry() {
    return accountInquiry;
  }

  /** @return disbursements ({@code /api/remit}) and their status */
  public DisbursementService disbursement() {
    return disbursement;
  }

  /** @return the partner balance */
  public BalanceService balance() {
    return balance;
  }

  /** @return the VA Aggregator: static and customized virtual accounts */
  public VirtualAccountService virtualAccounts() {
    return virtualAccounts;
  }

  /** @return Fund Acceptance: payment links and invoices (payment checkout) */
  public PaymentCheckoutService checkout() {
    return checkout;
  }

  /** @return Account Receivable: customers and invoices */
  public AccountReceivableService receivables() {
    return receivables;
  }

  /** @return confirms callbacks by re-querying OY ("verify by re-query") */
  public CallbackVerifier callbacks() {
    return callbacks;
  }

  /** Releases connections and threads the client created (a caller's OkHttpClient stays open). */
  @Override
  public void close() {
    transport.close();
  }

  @Override
  public String toString() {
    return "OyClient";
  }

  /** Builds an {@link OyClient}. */
  public static final class Builder extends AbstractClientBuilder<Builder> {
    private String username;
    private Secret apiKey;
    private OyEnvironment environment = OyEnvironment.PRODUCTION;

    private Builder() {}

    /**
     * @param username the partner username OY gave you (sent as {@code X-OY-Username}, max 64)
     * @return this builder
     */
    public Builder username(String username) {
      this.username = username;
      return this;
    }

    /**
     * @param apiKey the partner API key (sent as {@code X-Api-Key}, max 255); never logged
     * @return this builder
     */
    public Builder apiKey(String apiKey) {
      this.apiKey = apiKey == null ? null : Secret.of(apiKey);
      return this;
    }

    /**
     * @param environment staging or production (default production)
     * @return this builder
     */
    public Builder environment(OyEnvironment environment) {
      this.environment = Validate.required(environment, "environment");
      return this;
    }

    /**
     * @return the client
     * @throws io.github.paysdk.core.error.ValidationException if a credential is missing or too long
     */
    public OyClient build() {
      Validate.notBlank(username, "username");
      Validate.maxLength(username, 64, "username");
      Validate.check(apiKey != null && !apiKey.isBlank(), "apiKey", "must not be blank");
      Validate.check(apiKey.reveal().length() <= 255, "apiKey", "must be at most 255 characters");
      return new OyClient(this, options());
    }
  }
}
