package io.github.paysdk.core.retry;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How many attempts a retryable call gets and how long to wait between them: exponential backoff with
 * full jitter, capped, and never shorter than a {@code Retry-After} the provider sent (up to
 * {@link #maxRetryAfter()}).
 */
public final class RetryPolicy {
  private static final RetryPolicy DEFAULT = builder().build();
  private static final RetryPolicy NONE = builder().maxAttempts(1).build();

  private final int maxAttempts;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final Duration maxRetryAfter;

  private RetryPolicy(Builder builder) {
    this.maxAttempts = builder.maxAttempts;
    this.initialBackoff = builder.initialBackoff;
    this.maxBackoff = builder.maxBackoff;
    this.maxRetryAfter = builder.maxRetryAfter;
  }

  /** @return 3 attempts, 500 ms initial backoff, 8 s cap, Retry-After honoured up to 60 s */
  public static RetryPolicy defaults() {
    return DEFAULT;
  }

  /** @return a policy that never retries */
  public static RetryPolicy none() {
    return NONE;
  }

  /** @return a builder starting from the defaults */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the total number of attempts, including the first */
  public int maxAttempts() {
    return maxAttempts;
  }

  /** @return the backoff before the first retry, before jitter */
  public Duration initialBackoff() {
    return initialBackoff;
  }

  /** @return the longest backoff, before jitter */
  public Duration maxBackoff() {
    return maxBackoff;
  }

  /** @return the longest {@code Retry-After} the SDK waits for; a longer one is not retried */
  public Duration maxRetryAfter() {
    return maxRetryAfter;
  }

  /**
   * The wait before the next attempt.
   *
   * @param failedAttempts how many attempts have failed so far (1 after the first)
   * @param retryAfter the provider's {@code Retry-After}, or null
   * @return the wait, or null if the provider asked for longer than {@link #maxRetryAfter()}
   */
  public Duration delayBefore(int failedAttempts, Duration retryAfter) {
    if (retryAfter != null) {
      return retryAfter.compareTo(maxRetryAfter) > 0 ? null : retryAfter;
    }
    long cap = maxBackoff.toMillis();
    long base = initialBackoff.toMillis() << Math.min(failedAttempts - 1, 20);
    long ceiling = Math.min(cap, base);
    // "Equal jitter": half fixed, half random, so retries never bunch at zero.
    long half = ceiling / 2;
    return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(half + 1));
  }

  @Override
  public String toString() {
    return "RetryPolicy{maxAttempts=" + maxAttempts + ", initialBackoff=" + initialBackoff
        + ", maxBackoff=" + maxBackoff + ", maxRetryAfter=" + maxRetryAfter + "}";
  }

  /** Builds a {@link RetryPolicy}. */
  public static final class Builder {
    private int maxAttempts = 3;
    private Duration initialBackoff = Duration.ofMillis(500);
    private Duration maxBackoff = Duration.ofSeconds(8);
    private Duration maxRetryAfter = Duration.ofSeconds(60);

    private Builder() {}

    /**
     * @param attempts total attempts including the first, at least 1
     * @return this builder
     */
    public Builder maxAttempts(int attempts) {
      if (attempts < 1) {
        throw new IllegalArgumentException("maxAttempts must be at least 1");
      }
      this.maxAttempts = attempts;
      return this;
    }

    /**
     * @param backoff the wait before the first retry
     * @return this builder
     */
    public Builder initialBackoff(Duration backoff) {
      this.initialBackoff = requirePositiveOrZero(backoff, "initialBackoff");
      return this;
    }

    /**
     * @param backoff the longest wait between attempts
     * @return this builder
     */
    public Builder maxBackoff(Duration backoff) {
      this.maxBackoff = requirePositiveOrZero(backoff, "maxBackoff");
      return this;
    }

    /**
     * @param limit the longest {@code Retry-After} to wait for
     * @return this builder
     */
    public Builder maxRetryAfter(Duration limit) {
      this.maxRetryAfter = requirePositiveOrZero(limit, "maxRetryAfter");
      return this;
    }

    /** @return the policy */
    public RetryPolicy build() {
      return new RetryPolicy(this);
    }

    private static Duration requirePositiveOrZero(Duration value, String name) {
      Objects.requireNonNull(value, name);
      if (value.isNegative()) {
        throw new IllegalArgumentException(name + " must not be negative");
      }
      return value;
    }
  }
}
