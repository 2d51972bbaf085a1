package io.github.paysdk.core.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A UTC clock tests move by hand, for token expiry and timestamps. Thread-safe. */
public final class MutableClock extends Clock {
  private volatile Instant now;

  /** Starts at 2026-11-21T00:00:00Z. */
  public MutableClock() {
    this(Instant.parse("2026-11-21T00:00:00Z"));
  }

  /** @param start the first instant */
  public MutableClock(Instant start) {
    this.now = start;
  }

  /** @param duration how far to move forward */
  public void advance(Duration duration) {
    now = now.plus(duration);
  }

  /** @param instant the new time */
  public void set(Instant instant) {
    now = instant;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return now;
  }
}
