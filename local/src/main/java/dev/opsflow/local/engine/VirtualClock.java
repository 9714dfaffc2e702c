package dev.opsflow.local.engine;

import java.time.Duration;
import java.time.Instant;

/** A clock for tests: it stands still until the engine waits, then jumps straight to the due time. */
public final class VirtualClock implements EngineClock {
  private Instant now;

  public VirtualClock(Instant start) {
    this.now = start;
  }

  @Override
  public synchronized Instant now() {
    return now;
  }

  @Override
  public synchronized void waitUntil(Instant instant) {
    if (instant.isAfter(now)) {
      now = instant;
    }
  }

  /** Moves time forward, as if {@code duration} passed. */
  public synchronized void advance(Duration duration) {
    now = now.plus(duration);
  }
}
