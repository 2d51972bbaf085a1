package io.github.paysdk.core.retry;

import java.time.Duration;

/** Waits between retries. Tests replace it to run without real delays. */
@FunctionalInterface
public interface Sleeper {
  /** The real one: {@link Thread#sleep}. */
  Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis());

  /**
   * @param duration how long to wait
   * @throws InterruptedException if the thread is interrupted
   */
  void sleep(Duration duration) throws InterruptedException;
}
