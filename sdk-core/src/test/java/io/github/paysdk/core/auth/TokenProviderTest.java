package io.github.paysdk.core.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import io.github.paysdk.core.testing.MutableClock;
import org.junit.jupiter.api.Test;

class TokenProviderTest {
  private final MutableClock clock = new MutableClock();
  private final AtomicInteger fetches = new AtomicInteger();
  private final TokenFetcher fetcher = () -> new AccessToken(
      "token-" + fetches.incrementAndGet(), clock.instant().plusSeconds(1800));

  @Test
  void cachesUntilShortlyBeforeExpiryThenRenews() {
    TokenProvider tokens = new TokenProvider(fetcher, Duration.ofSeconds(60), clock);
    assertThat(tokens.token().value()).isEqualTo("token-1");
    clock.advance(Duration.ofSeconds(1739));
    assertThat(tokens.token().value()).isEqualTo("token-1");
    clock.advance(Duration.ofSeconds(1));
    assertThat(tokens.token().value()).isEqualTo("token-2");
    assertThat(fetches).hasValue(2);
  }

  @Test
  void keepsWorkingLongAfterTheFirstTokenExpired() {
    TokenProvider tokens = new TokenProvider(fetcher, Duration.ofSeconds(60), clock);
    for (int hour = 0; hour < 5; hour++) {
      assertThat(tokens.token().expiresAt()).isAfter(clock.instant());
      clock.advance(Duration.ofHours(1));
    }
  }

  @Test
  void shortLivedTokensAreRenewedAtHalfLife() {
    TokenProvider tokens = new TokenProvider(
        () -> new AccessToken("t" + fetches.incrementAndGet(), clock.instant().plusSeconds(10)),
        Duration.ofSeconds(60), clock);
    tokens.token();
    clock.advance(Duration.ofSeconds(4));
    assertThat(tokens.token().value()).isEqualTo("t1");
    clock.advance(Duration.ofSeconds(1));
    assertThat(tokens.token().value()).isEqualTo("t2");
  }

  @Test
  void invalidateDropsOnlyTheRejectedToken() {
    TokenProvider tokens = new TokenProvider(fetcher, Duration.ofSeconds(60), clock);
    AccessToken first = tokens.token();
    tokens.invalidate("some-older-token");
    assertThat(tokens.token()).isEqualTo(first);
    tokens.invalidate(first);
    assertThat(tokens.token().value()).isEqualTo("token-2");
  }

  @Test
  void fiftyThreadsOnAColdProviderCauseExactlyOneFetch() throws Exception {
    CountDownLatch fetchStarted = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    TokenProvider tokens = new TokenProvider(() -> {
      fetchStarted.countDown();
      try {
        release.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return new AccessToken("t" + fetches.incrementAndGet(), clock.instant().plusSeconds(1800));
    }, Duration.ofSeconds(60), clock);
    ExecutorService pool = Executors.newFixedThreadPool(50);
    CountDownLatch ready = new CountDownLatch(50);
    List<Future<String>> results = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      results.add(pool.submit(() -> {
        ready.countDown();
        return tokens.token().value();
      }));
    }
    ready.await(10, TimeUnit.SECONDS);
    fetchStarted.await(10, TimeUnit.SECONDS);
    release.countDown();
    Set<String> seen = ConcurrentHashMap.newKeySet();
    for (Future<String> result : results) {
      seen.add(result.get(10, TimeUnit.SECONDS));
    }
    pool.shutdown();
    assertThat(fetches).hasValue(1);
    assertThat(seen).containsExactly("t1");
  }

  @Test
  void aFailedFetchFailsEveryWaiterOnceAndTheNextCallTriesAgain() throws Exception {
    CountDownLatch fetchStarted = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    TokenProvider tokens = new TokenProvider(() -> {
      int n = fetches.incrementAndGet();
      if (n == 1) {
        fetchStarted.countDown();
        try {
          release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        throw new IllegalStateException("token endpoint down");
      }
      return new AccessToken("t" + n, clock.instant().plusSeconds(1800));
    }, Duration.ofSeconds(60), clock);
    ExecutorService pool = Executors.newFixedThreadPool(10);
    List<Future<String>> results = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      results.add(pool.submit(() -> tokens.token().value()));
    }
    fetchStarted.await(10, TimeUnit.SECONDS);
    Thread.sleep(100); // let the other threads queue up behind the in-flight fetch
    release.countDown();
    int failures = 0;
    for (Future<String> result : results) {
      try {
        result.get(10, TimeUnit.SECONDS);
      } catch (java.util.concurrent.ExecutionException e) {
        assertThat(e.getCause()).hasMessage("token endpoint down");
        failures++;
      }
    }
    pool.shutdown();
    assertThat(failures).isPositive();
    assertThat(fetches.get()).isLessThanOrEqualTo(1 + (10 - failures));
    assertThat(tokens.token().value()).startsWith("t");
  }

  @Test
  void toStringNeverShowsTheToken() {
    TokenProvider tokens = new TokenProvider(fetcher, Duration.ofSeconds(60), clock);
    AccessToken token = tokens.token();
    assertThat(token.toString()).doesNotContain("token-1");
    assertThat(tokens.toString()).doesNotContain("token-1");
    assertThat(Secret.of("hunter2").toString()).doesNotContain("hunter2");
    assertThat(new BasicAuth("user", Secret.of("hunter2")).toString()).doesNotContain("hunter2");
  }
}
