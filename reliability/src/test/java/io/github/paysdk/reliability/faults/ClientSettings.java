package io.github.paysdk.reliability.faults;

import io.github.paysdk.core.http.AbstractClientBuilder;
import io.github.paysdk.core.retry.RetryPolicy;
import java.time.Duration;

/**
 * The transport settings one matrix cell builds its client with: short timeouts, the default three
 * attempts, a sleeper that does not sleep, and a 1 MiB response limit.
 *
 * @param readTimeout the read timeout of each attempt
 * @param callTimeout the deadline of the whole call
 * @param sleeper records the waits between attempts
 */
record ClientSettings(Duration readTimeout, Duration callTimeout, RecordingSleeper sleeper) {
  /** The largest response the matrix clients read. */
  static final long MAX_RESPONSE_BYTES = 1024 * 1024;

  static ClientSettings standard() {
    return new ClientSettings(Duration.ofSeconds(3), Duration.ofSeconds(10), new RecordingSleeper());
  }

  ClientSettings withReadTimeout(Duration read) {
    return new ClientSettings(read, callTimeout, sleeper);
  }

  ClientSettings withCallTimeout(Duration call) {
    return new ClientSettings(readTimeout, call, sleeper);
  }

  /**
   * @param builder any provider's client builder
   * @param <B> its type
   * @return the builder with these settings applied
   */
  <B extends AbstractClientBuilder<B>> B applyTo(B builder) {
    return builder
        .timeouts(Duration.ofSeconds(1), readTimeout, Duration.ofSeconds(3))
        .callTimeout(callTimeout)
        .retryPolicy(RetryPolicy.defaults())
        .maxResponseBytes(MAX_RESPONSE_BYTES)
        .sleeper(sleeper);
  }
}
