package io.github.paysdk.core.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Caches an access token and renews it ahead of expiry. However many threads ask at once, at most one
 * token request is in flight; the others wait for its result. After a 401, {@link #invalidate} drops the
 * rejected token so the next caller fetches a new one.
 */
public final class TokenProvider {
  private final TokenFetcher fetcher;
  private final Clock clock;
  private final Duration refreshAhead;
  private final Object lock = new Object();
  private volatile AccessToken current;
  private volatile Instant refreshAt = Instant.MIN;
  private CompletableFuture<AccessToken> inFlight;

  /**
   * @param fetcher requests a new token from the provider
   * @param refreshAhead how long before expiry to renew (capped at half the token's lifetime)
   * @param clock the clock expiry is measured against
   */
  public TokenProvider(TokenFetcher fetcher, Duration refreshAhead, Clock clock) {
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.refreshAhead = Objects.requireNonNull(refreshAhead, "refreshAhead");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * @param fetcher requests a new token from the provider
   * @return a provider renewing 60 seconds ahead of expiry on the system clock
   */
  public static TokenProvider of(TokenFetcher fetcher) {
    return new TokenProvider(fetcher, Duration.ofSeconds(60), Clock.systemUTC());
  }

  /**
   * @return a token that is valid now, fetching one if needed
   * @throws io.github.paysdk.core.error.PaySdkException if the fetch fails; every thread that was waiting
   *     for that fetch gets the same failure, and the next call tries again
   */
  public AccessToken token() {
    AccessToken token = current;
    if (token != null && clock.instant().isBefore(refreshAt)) {
      return token;
    }
    CompletableFuture<AccessToken> flight;
    boolean mine = false;
    synchronized (lock) {
      token = current;
      if (token != null && clock.instant().isBefore(refreshAt)) {
        return token;
      }
      flight = inFlight;
      if (flight == null) {
        flight = new CompletableFuture<>();
        inFlight = flight;
        mine = true;
      }
    }
    return mine ? fetchInto(flight) : await(flight);
  }

  private AccessToken fetchInto(CompletableFuture<AccessToken> flight) {
    try {
      Instant fetchedAt = clock.instant();
      AccessToken fresh = fetcher.fetch();
      Duration lifetime = Duration.between(fetchedAt, fresh.expiresAt());
      Duration ahead = refreshAhead.compareTo(lifetime.dividedBy(2)) > 0
          ? lifetime.dividedBy(2) : refreshAhead;
      synchronized (lock) {
        refreshAt = fresh.expiresAt().minus(ahead);
        current = fresh;
        inFlight = null;
      }
      flight.complete(fresh);
      return fresh;
    } catch (RuntimeException | Error e) {
      synchronized (lock) {
        inFlight = null;
      }
      flight.completeExceptionally(e);
      throw e;
    }
  }

  private static AccessToken await(CompletableFuture<AccessToken> flight) {
    try {
      return flight.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }

  /**
   * Drops the cached token if it is the one the provider rejected; a newer one is kept.
   *
   * @param rejected the token that got a 401
   */
  public void invalidate(AccessToken rejected) {
    synchronized (lock) {
      if (current != null && current.value().equals(rejected.value())) {
        current = null;
        refreshAt = Instant.MIN;
      }
    }
  }

  /**
   * Drops the cached token if its value is the one rejected.
   *
   * @param rejectedValue the token string that got a 401
   */
  public void invalidate(String rejectedValue) {
    synchronized (lock) {
      if (current != null && current.value().equals(rejectedValue)) {
        current = null;
        refreshAt = Instant.MIN;
      }
    }
  }

  @Override
  public String toString() {
    return "TokenProvider[cached=" + (current != null) + "]";
  }
}
