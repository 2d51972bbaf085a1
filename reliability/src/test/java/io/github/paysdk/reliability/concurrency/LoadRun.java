package io.github.paysdk.reliability.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.paysdk.core.http.HttpTransport;
import io.github.paysdk.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;

/**
 * Runs {@link #THREADS} threads × {@link #CALLS} calls against one provider client and records every
 * failure. The shared {@link MutableClock} moves forward {@link #TICK} after every {@link #TICK_EVERY}
 * completed calls, so tokens expire on a schedule that depends on work done, not on wall time. The
 * client's OkHttpClient counts the connections it opens.
 *
 * <p>Size: {@code -Dpaysdk.concurrency.threads} (default 64) and {@code -Dpaysdk.concurrency.calls} calls
 * per thread (default 2000, the size, also in {@code mvn verify}; pass a smaller value for a quick run).
 */
final class LoadRun {
  static final int THREADS = Integer.getInteger("paysdk.concurrency.threads", 64);
  static final int CALLS = Integer.getInteger("paysdk.concurrency.calls", 2000);
  /** How far the clock moves at each tick. */
  static final Duration TICK = Duration.ofMillis(250);
  /** Completed calls between ticks: a call in flight would have to outlast many of these to see a stale token. */
  static final int TICK_EVERY = 128;

  /** One call; {@code index} is unique across all threads. */
  interface Call {
    void run(long index) throws Exception;
  }

  final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T03:00:00Z"));
  final CountingSocketFactory sockets = new CountingSocketFactory();
  /**
   * The pool the SDK gives its own client ({@link HttpTransport#newConnectionPool()}); here on a client the
   * test supplies, so it can count sockets. (OkHttp's default pool keeps 5 idle connections and reopened
   * 443 connections for 6,400 calls.)
   */
  final ConnectionPool pool = HttpTransport.newConnectionPool();
  /** Give this to the client builder: its pool and socket factory are what the checks read. */
  final OkHttpClient httpClient = new OkHttpClient.Builder().connectionPool(pool).socketFactory(sockets).build();
  private final AtomicLong next = new AtomicLong();
  private final AtomicLong completed = new AtomicLong();
  private final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
  private long ticks;
  private long elapsedMillis;

  /**
   * Runs the load; returns when every thread is done.
   *
   * @param name the provider, for the printed line
   * @param call one call
   * @throws InterruptedException if interrupted while waiting for the threads
   */
  void run(String name, Call call) throws InterruptedException {
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      Thread thread = new Thread(() -> {
        try {
          start.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
        for (int i = 0; i < CALLS; i++) {
          long index = next.getAndIncrement();
          try {
            call.run(index);
          } catch (Throwable e) {
            errors.add(e.getClass().getName() + ": " + e.getMessage());
          }
          if (completed.incrementAndGet() % TICK_EVERY == 0) {
            tick();
          }
        }
      }, name + "-load-" + t);
      thread.start();
      threads.add(thread);
    }
    long started = System.nanoTime();
    start.countDown();
    for (Thread thread : threads) {
      thread.join();
    }
    elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    System.out.println(String.format(Locale.ROOT,
        "[concurrency] %-9s %d threads x %d calls = %d calls in %d ms (%.0f calls/s), errors %d, clock moved %s,"
            + " connections opened %d, pool %d (%d idle)",
        name, THREADS, CALLS, (long) THREADS * CALLS, elapsedMillis,
        (double) THREADS * CALLS * 1000 / Math.max(1, elapsedMillis), errors.size(), clockMoved(),
        sockets.opened(), pool.connectionCount(), pool.idleConnectionCount()));
  }

  private synchronized void tick() {
    ticks++;
    clock.advance(TICK);
  }

  /** @return how far the clock moved during the run */
  synchronized Duration clockMoved() {
    return TICK.multipliedBy(ticks);
  }

  /**
   * @param refreshEvery how often (in clock time) the client renews its token: lifetime minus refresh-ahead
   * @return the most token requests a correct client makes: one at the start and one per renewal window
   */
  long maxTokenRequests(Duration refreshEvery) {
    return clockMoved().toMillis() / refreshEvery.toMillis() + 1;
  }

  /** Zero errors, every connection back in the pool, and no more connections opened than threads + slack. */
  void assertHealthy() {
    assertThat(errors).as("errors (first of %d)", errors.size()).isEmpty();
    assertThat(pool.connectionCount()).as("connections in use after the run")
        .isEqualTo(pool.idleConnectionCount());
    assertThat(sockets.opened()).as("connections opened").isPositive()
        .isLessThanOrEqualTo(maxConnections());
  }

  /** @return the bound on connections opened over the whole run */
  static int maxConnections() {
    return 2 * THREADS + 8;
  }

  /**
   * @param simulator a simulator
   * @param method an HTTP method
   * @param path an exact path
   * @return how many calls it received for exactly that path
   */
  static long callsTo(io.github.paysdk.testing.SimulatorServer simulator, String method, String path) {
    return simulator.calls().stream()
        .filter(call -> call.method().equals(method) && call.path().equals(path)).count();
  }

  /** @return how many calls had an index divisible by {@code every}: the writes of a 1-in-{@code every} mix */
  static long everyNth(int every) {
    return ((long) THREADS * CALLS + every - 1) / every;
  }

  /** Closes the OkHttpClient's threads and connections (the SDK client does not own it). */
  void close() {
    httpClient.dispatcher().executorService().shutdown();
    pool.evictAll();
  }
}
