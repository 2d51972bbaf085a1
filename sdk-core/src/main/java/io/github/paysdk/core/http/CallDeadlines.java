package io.github.paysdk.core.http;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import okhttp3.Call;

/**
 * Cancels calls that are still running at their deadline (the client's {@code callTimeout}), with one
 * daemon thread for the whole JVM.
 *
 * <p>OkHttp's own call timeout enters okio's {@code AsyncTimeout} queue under one JVM-wide lock and, for a
 * caller whose timeout becomes the earliest, wakes okio's watchdog thread: one thread wake-up per call for
 * a client making calls one after another. Here a call only adds itself to a concurrent set and removes
 * itself when done; the watchdog wakes at the earliest deadline or once per {@link #TICK_NANOS}, whichever
 * comes first, and is woken by a caller only when that caller's deadline is earlier than the watchdog's
 * next planned look (a short timeout among long ones). It exits after {@code idleNanos} with nothing to
 * watch and is started again by the next call.
 *
 * <p>Thread-safe.
 */
final class CallDeadlines {
  /** The longest the watchdog sleeps between looks while calls are watched. */
  static final long TICK_NANOS = TimeUnit.SECONDS.toNanos(1);
  static final CallDeadlines SHARED = new CallDeadlines(TimeUnit.SECONDS.toNanos(60));

  private final Set<Watch> watched = ConcurrentHashMap.newKeySet();
  private final long idleNanos;
  /** When the watchdog looks next ({@link System#nanoTime()}); callers due earlier wake it. */
  private volatile long plannedLook;
  private volatile boolean running;
  private Thread thread; // guarded by this

  CallDeadlines(long idleNanos) {
    this.idleNanos = idleNanos;
  }

  /**
   * Watches a call until {@link Watch#close()}.
   *
   * @param call the call to cancel at its deadline
   * @param deadline the deadline, as {@link System#nanoTime()}
   * @return the watch; close it when the call's response has been read
   */
  Watch watch(Call call, long deadline) {
    Watch watch = new Watch(this, call, deadline);
    watched.add(watch);
    if (!running) {
      start();
    } else if (deadline - plannedLook < 0) {
      wake();
    }
    return watch;
  }

  /** @return whether the watchdog thread is running (for tests) */
  boolean isRunning() {
    return running;
  }

  private synchronized void start() {
    if (running) {
      wake();
      return;
    }
    running = true;
    plannedLook = System.nanoTime();
    thread = new Thread(this::run, "paysdk-call-deadlines");
    thread.setDaemon(true);
    thread.start();
  }

  private synchronized void wake() {
    if (thread != null) {
      LockSupport.unpark(thread);
    }
  }

  private void run() {
    long idleSince = System.nanoTime();
    while (true) {
      long now = System.nanoTime();
      long next = earliestAfterFiring(now);
      if (!watched.isEmpty()) {
        idleSince = now;
      } else if (now - idleSince >= idleNanos && stopIfIdle()) {
        return;
      }
      plannedLook = next;
      // A caller that read the previous plannedLook did not wake us; its watch is in the set by now.
      if (earliest() - next < 0) {
        continue;
      }
      LockSupport.parkNanos(this, next - now);
    }
  }

  /** Cancels every watched call that is due; returns when to look next. */
  private long earliestAfterFiring(long now) {
    long next = now + TICK_NANOS;
    for (Watch watch : watched) {
      if (watch.deadline - now <= 0) {
        watched.remove(watch);
        watch.fire();
      } else if (watch.deadline - next < 0) {
        next = watch.deadline;
      }
    }
    return next;
  }

  private long earliest() {
    long earliest = Long.MAX_VALUE;
    boolean any = false;
    for (Watch watch : watched) {
      if (!any || watch.deadline - earliest < 0) {
        earliest = watch.deadline;
        any = true;
      }
    }
    return any ? earliest : plannedLook;
  }

  private synchronized boolean stopIfIdle() {
    running = false;
    if (!watched.isEmpty()) {
      running = true; // a caller added a watch after it saw running == true
      return false;
    }
    thread = null;
    return true;
  }

  /** One watched call. Closing it (after the response is read) stops the watch. */
  static final class Watch implements AutoCloseable {
    private final CallDeadlines owner;
    private final Call call;
    private final long deadline;
    private volatile boolean fired;

    private Watch(CallDeadlines owner, Call call, long deadline) {
      this.owner = owner;
      this.call = call;
      this.deadline = deadline;
    }

    private void fire() {
      fired = true;
      try {
        call.cancel();
      } catch (RuntimeException e) {
        // Nothing to do: the watchdog must go on watching the other calls.
      }
    }

    /** @return whether the deadline passed while the call was watched, and the call was cancelled */
    boolean fired() {
      return fired;
    }

    @Override
    public void close() {
      owner.watched.remove(this);
    }
  }
}
