package io.github.paysdk.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

class CallDeadlinesTest {
  private final CallDeadlines deadlines = new CallDeadlines(TimeUnit.MILLISECONDS.toNanos(50));

  @Test
  void cancelsACallStillRunningAtItsDeadline() throws Exception {
    CancelledCall call = new CancelledCall();

    CallDeadlines.Watch watch = deadlines.watch(call.call, inMillis(50));

    assertThat(call.cancelled.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(watch.fired()).isTrue();
    assertThat(call.call.isCanceled()).isTrue();
  }

  @Test
  void leavesAClosedWatchAlone() throws Exception {
    CancelledCall call = new CancelledCall();
    CallDeadlines.Watch watch = deadlines.watch(call.call, inMillis(100));

    watch.close();

    assertThat(call.cancelled.await(400, TimeUnit.MILLISECONDS)).isFalse();
    assertThat(watch.fired()).isFalse();
    assertThat(call.call.isCanceled()).isFalse();
  }

  @Test
  void aShortDeadlineAmongLongOnesFiresWithoutWaitingForTheNextTick() throws Exception {
    CancelledCall slow = new CancelledCall();
    CancelledCall quick = new CancelledCall();
    deadlines.watch(slow.call, inMillis(60_000));
    Thread.sleep(100); // the watchdog now sleeps towards its next tick

    deadlines.watch(quick.call, inMillis(20));

    // well before the tick (1 s) would have ended the watchdog's sleep on its own
    assertThat(quick.cancelled.await(TimeUnit.NANOSECONDS.toMillis(CallDeadlines.TICK_NANOS) / 2,
        TimeUnit.MILLISECONDS)).isTrue();
    assertThat(slow.call.isCanceled()).isFalse();
  }

  @Test
  void theWatchdogStopsWhenIdleAndStartsAgainForTheNextCall() throws Exception {
    deadlines.watch(new CancelledCall().call, inMillis(60_000)).close();
    long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (deadlines.isRunning() && System.nanoTime() < until) {
      Thread.sleep(10);
    }
    assertThat(deadlines.isRunning()).isFalse();

    CancelledCall call = new CancelledCall();
    deadlines.watch(call.call, inMillis(30));

    assertThat(call.cancelled.await(10, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void manyCallersEachGetTheirOwnOutcome() throws Exception {
    int callers = 64;
    CancelledCall[] calls = new CancelledCall[callers];
    CallDeadlines.Watch[] watches = new CallDeadlines.Watch[callers];
    Thread[] threads = new Thread[callers];
    for (int i = 0; i < callers; i++) {
      int n = i;
      calls[n] = new CancelledCall();
      threads[n] = new Thread(() -> {
        // even callers finish in time; odd callers outlive a 30 ms deadline
        watches[n] = deadlines.watch(calls[n].call, inMillis(n % 2 == 0 ? 60_000 : 30));
        if (n % 2 == 0) {
          watches[n].close();
        }
      });
      threads[n].start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    for (int i = 1; i < callers; i += 2) {
      assertThat(calls[i].cancelled.await(10, TimeUnit.SECONDS)).as("caller %d", i).isTrue();
    }
    for (int i = 0; i < callers; i += 2) {
      assertThat(watches[i].fired()).as("caller %d", i).isFalse();
      assertThat(calls[i].call.isCanceled()).as("caller %d", i).isFalse();
    }
  }

  private static long inMillis(long millis) {
    return System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
  }

  /** A real OkHttp call that is never executed; counts down when cancelled. */
  private static final class CancelledCall {
    private static final OkHttpClient CLIENT = new OkHttpClient();
    final CountDownLatch cancelled = new CountDownLatch(1);
    final Call call;

    CancelledCall() {
      Call real = CLIENT.newCall(new Request.Builder().url("http://localhost.invalid/").build());
      this.call = (Call) java.lang.reflect.Proxy.newProxyInstance(Call.class.getClassLoader(),
          new Class<?>[] {Call.class}, (proxy, method, args) -> {
            Object result = method.invoke(real, args);
            if (method.getName().equals("cancel")) {
              cancelled.countDown();
            }
            return result;
          });
    }
  }
}
