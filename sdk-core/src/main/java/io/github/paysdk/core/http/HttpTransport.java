package io.github.paysdk.core.http;

import io.github.paysdk.core.PaySdk;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * One provider client's connection to the network: a single {@link OkHttpClient} (its own, or derived
 * from the caller's, sharing its pool, dispatcher, interceptors and event listeners) with OkHttp's silent
 * retries turned off, plus the shared {@link ClientOptions}.
 * Thread-safe. Closing it releases connections and threads of a client it created; a client the caller
 * supplied stays open.
 */
public final class HttpTransport implements AutoCloseable {
  /**
   * Idle connections the SDK's own client keeps per provider client. OkHttp's default (5) suits a phone;
   * a server calling from dozens of threads would close and reopen (TLS handshake included) every
   * connection beyond the fifth after each burst.
   */
  public static final int MAX_IDLE_CONNECTIONS = 64;
  private static final long KEEP_ALIVE_MINUTES = 5;
  private final OkHttpClient client;
  private final boolean ownsClient;
  private final ClientOptions options;
  private final String provider;
  private final String userAgent;

  private HttpTransport(ClientOptions options, String provider) {
    this.options = Objects.requireNonNull(options, "options");
    this.provider = Objects.requireNonNull(provider, "provider");
    this.userAgent = PaySdk.userAgent(provider);
    OkHttpClient base = options.httpClient();
    this.ownsClient = base == null;
    OkHttpClient.Builder builder = base == null
        ? new OkHttpClient.Builder().connectionPool(newConnectionPool())
        : base.newBuilder();
    this.client = builder
        // The SDK decides about retries: OkHttp must never resend a payment POST on its own.
        .retryOnConnectionFailure(false)
        .followRedirects(false)
        .connectTimeout(options.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
        .readTimeout(options.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
        .writeTimeout(options.writeTimeout().toMillis(), TimeUnit.MILLISECONDS)
        .eventListenerFactory(SendTracker.factory(base == null ? null : base.eventListenerFactory()))
        .build();
  }

  /**
   * The connection pool the SDK gives its own client; use it for an OkHttpClient you share with the SDK
   * under heavy concurrency.
   *
   * @return a pool keeping up to {@link #MAX_IDLE_CONNECTIONS} idle connections for five minutes
   */
  public static ConnectionPool newConnectionPool() {
    return new ConnectionPool(MAX_IDLE_CONNECTIONS, KEEP_ALIVE_MINUTES, TimeUnit.MINUTES);
  }

  /**
   * @param options the transport settings
   * @param provider the provider module name, for the {@code User-Agent} and logger names
   * @return a transport
   */
  public static HttpTransport create(ClientOptions options, String provider) {
    return new HttpTransport(options, provider);
  }

  /**
   * Starts an executor for one base URL; the caller's base URL override wins over the default.
   *
   * @param defaultBaseUrl the environment's base URL
   * @return an executor builder
   */
  public HttpExecutor.Builder executor(String defaultBaseUrl) {
    String url = options.baseUrl() != null ? options.baseUrl() : defaultBaseUrl;
    return new HttpExecutor.Builder(this, parseBaseUrl(url));
  }

  /** @return the OkHttpClient requests go through */
  public OkHttpClient client() {
    return client;
  }

  /** @return the transport settings */
  public ClientOptions options() {
    return options;
  }

  /** @return the provider module name */
  public String provider() {
    return provider;
  }

  /** @return the {@code User-Agent} sent with every request */
  public String userAgent() {
    return userAgent;
  }

  /**
   * @param url an absolute http(s) URL
   * @return it parsed
   * @throws IllegalArgumentException if it is not one
   */
  public static HttpUrl parseBaseUrl(String url) {
    HttpUrl parsed = HttpUrl.parse(url);
    if (parsed == null) {
      throw new IllegalArgumentException("baseUrl is not an absolute http or https URL: " + url);
    }
    return parsed;
  }

  /** Releases the connections and threads of a client the SDK created; a caller's client stays open. */
  @Override
  public void close() {
    if (ownsClient) {
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
  }
}
