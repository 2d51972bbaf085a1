package io.github.paysdk.core.http;

import io.github.paysdk.core.retry.RetryPolicy;
import io.github.paysdk.core.retry.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import okhttp3.OkHttpClient;

/**
 * The transport setters every provider's client builder has, so that whoever configured one provider can
 * configure all five the same way.
 *
 * @param <B> the concrete builder
 */
public abstract class AbstractClientBuilder<B extends AbstractClientBuilder<B>> {
  private ClientOptions options = ClientOptions.defaults();

  /** Starts from {@link ClientOptions#defaults()}. */
  protected AbstractClientBuilder() {}

  /** @return this builder as its concrete type */
  @SuppressWarnings("unchecked")
  protected final B self() {
    return (B) this;
  }

  /**
   * Overrides the environment's base URL, e.g. to point at a simulator or a MockWebServer.
   *
   * @param baseUrl an absolute http(s) URL
   * @return this builder
   */
  public B baseUrl(String baseUrl) {
    Objects.requireNonNull(baseUrl, "baseUrl");
    HttpTransport.parseBaseUrl(baseUrl);
    options = with(baseUrl, options.httpClient(), options.connectTimeout(), options.readTimeout(),
        options.writeTimeout(), options.callTimeout(), options.retryPolicy(), options.maxResponseBytes(),
        options.clock(), options.sleeper());
    return self();
  }

  /**
   * Shares the caller's OkHttpClient (its connection pool, dispatcher, proxy, TLS and interceptors). The
   * SDK derives its own client from it, with OkHttp's automatic retry turned off so that the SDK alone
   * decides whether a payment is sent again; closing the SDK client leaves the caller's client open.
   *
   * @param httpClient the client to share
   * @return this builder
   */
  public B httpClient(OkHttpClient httpClient) {
    options = with(options.baseUrl(), Objects.requireNonNull(httpClient, "httpClient"),
        options.connectTimeout(), options.readTimeout(), options.writeTimeout(), options.callTimeout(),
        options.retryPolicy(), options.maxResponseBytes(), options.clock(), options.sleeper());
    return self();
  }

  /**
   * @param connect connect timeout of each attempt
   * @param read read timeout of each attempt
   * @param write write timeout of each attempt
   * @return this builder
   */
  public B timeouts(Duration connect, Duration read, Duration write) {
    options = with(options.baseUrl(), options.httpClient(), nonNegative(connect, "connect"),
        nonNegative(read, "read"), nonNegative(write, "write"), options.callTimeout(),
        options.retryPolicy(), options.maxResponseBytes(), options.clock(), options.sleeper());
    return self();
  }

  /**
   * @param total the deadline of one SDK call across all attempts and waits; {@link Duration#ZERO} for none
   * @return this builder
   */
  public B callTimeout(Duration total) {
    options = with(options.baseUrl(), options.httpClient(), options.connectTimeout(),
        options.readTimeout(), options.writeTimeout(), nonNegative(total, "callTimeout"),
        options.retryPolicy(), options.maxResponseBytes(), options.clock(), options.sleeper());
    return self();
  }

  /**
   * @param policy how retryable calls are retried ({@link RetryPolicy#none()} to never retry)
   * @return this builder
   */
  public B retryPolicy(RetryPolicy policy) {
    options = with(options.baseUrl(), options.httpClient(), options.connectTimeout(),
        options.readTimeout(), options.writeTimeout(), options.callTimeout(),
        Objects.requireNonNull(policy, "retryPolicy"), options.maxResponseBytes(), options.clock(),
        options.sleeper());
    return self();
  }

  /**
   * @param bytes the largest response body to read into memory
   * @return this builder
   */
  public B maxResponseBytes(long bytes) {
    if (bytes <= 0) {
      throw new IllegalArgumentException("maxResponseBytes must be greater than 0");
    }
    options = with(options.baseUrl(), options.httpClient(), options.connectTimeout(),
        options.readTimeout(), options.writeTimeout(), options.callTimeout(), options.retryPolicy(),
        bytes, options.clock(), options.sleeper());
    return self();
  }

  /**
   * @param clock the clock for token expiry, timestamps and Retry-After dates (tests)
   * @return this builder
   */
  public B clock(Clock clock) {
    options = with(options.baseUrl(), options.httpClient(), options.connectTimeout(),
        options.readTimeout(), options.writeTimeout(), options.callTimeout(), options.retryPolicy(),
        options.maxResponseBytes(), Objects.requireNonNull(clock, "clock"), options.sleeper());
    return self();
  }

  /**
   * @param sleeper waits between retries (tests pass one that does not sleep)
   * @return this builder
   */
  public B sleeper(Sleeper sleeper) {
    options = with(options.baseUrl(), options.httpClient(), options.connectTimeout(),
        options.readTimeout(), options.writeTimeout(), options.callTimeout(), options.retryPolicy(),
        options.maxResponseBytes(), options.clock(), Objects.requireNonNull(sleeper, "sleeper"));
    return self();
  }

  /** @return the options set so far */
  protected final ClientOptions options() {
    return options;
  }

  private static ClientOptions with(String baseUrl, OkHttpClient httpClient, Duration connect,
      Duration read, Duration write, Duration call, RetryPolicy retry, long maxBytes, Clock clock,
      Sleeper sleeper) {
    return new ClientOptions(
        baseUrl, httpClient, connect, read, write, call, retry, maxBytes, clock, sleeper);
  }

  private static Duration nonNegative(Duration value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative");
    }
    return value;
  }
}
