package io.github.paysdk.core.http;

import io.github.paysdk.core.retry.RetryPolicy;
import io.github.paysdk.core.retry.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import okhttp3.OkHttpClient;

/**
 * The transport settings every provider client shares: base URL override, the user's own
 * {@link OkHttpClient}, timeouts, retry policy, response size limit, and the clock and sleeper (for tests).
 * Set through each provider's client builder.
 *
 * @param baseUrl the base URL override, or null for the environment's
 * @param httpClient the caller's OkHttpClient to share its pool and dispatcher, or null for a private one
 * @param connectTimeout the connect timeout of each attempt
 * @param readTimeout the read timeout of each attempt (time between bytes)
 * @param writeTimeout the write timeout of each attempt
 * @param callTimeout the total deadline of one SDK call across all its attempts and waits; zero = none
 * @param retryPolicy how retryable calls are retried
 * @param maxResponseBytes the largest response body read into memory
 * @param clock the clock for token expiry, timestamps and Retry-After dates
 * @param sleeper waits between retries
 */
public record ClientOptions(
    String baseUrl,
    OkHttpClient httpClient,
    Duration connectTimeout,
    Duration readTimeout,
    Duration writeTimeout,
    Duration callTimeout,
    RetryPolicy retryPolicy,
    long maxResponseBytes,
    Clock clock,
    Sleeper sleeper) {

  /** Requires every setting except the two optional ones. */
  public ClientOptions {
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(readTimeout, "readTimeout");
    Objects.requireNonNull(writeTimeout, "writeTimeout");
    Objects.requireNonNull(callTimeout, "callTimeout");
    Objects.requireNonNull(retryPolicy, "retryPolicy");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(sleeper, "sleeper");
  }

  /**
   * @return connect 10 s, read 30 s, write 30 s, total 60 s, default retries, 64 MiB responses, system
   *     clock
   */
  public static ClientOptions defaults() {
    return new ClientOptions(
        null,
        null,
        Duration.ofSeconds(10),
        Duration.ofSeconds(30),
        Duration.ofSeconds(30),
        Duration.ofSeconds(60),
        RetryPolicy.defaults(),
        64L * 1024 * 1024,
        Clock.systemUTC(),
        Sleeper.SYSTEM);
  }
}
