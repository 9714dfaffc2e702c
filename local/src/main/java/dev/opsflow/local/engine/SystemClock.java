package dev.opsflow.local.engine;

import java.time.Duration;
import java.time.Instant;

/** Wall-clock time; waiting really sleeps. */
final class SystemClock implements EngineClock {
  static final SystemClock INSTANCE = new SystemClock();

  private SystemClock() {}

  @Override
  public Instant now() {
    return Instant.now();
  }

  @Override
  public void waitUntil(Instant instant) throws InterruptedException {
    long millis = Duration.between(Instant.now(), instant).toMillis();
    if (millis > 0) {
      Thread.sleep(millis);
    }
  }
}
