package io.github.paysdk.reliability.faults;

import io.github.paysdk.core.retry.Sleeper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link Sleeper} that returns at once and remembers every wait the SDK asked for. */
final class RecordingSleeper implements Sleeper {
  private final List<Duration> waits = new CopyOnWriteArrayList<>();

  @Override
  public void sleep(Duration duration) {
    waits.add(duration);
  }

  /** @return the waits asked for so far, in order */
  List<Duration> waits() {
    return List.copyOf(waits);
  }
}
