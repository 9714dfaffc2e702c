package dev.opsflow.local.engine;

import java.time.Instant;

/**
 * Time as the engine sees it. The system clock sleeps until a timer is due; the virtual clock jumps to it, so
 * a test of a 60-second Wait or a year-long timestamp takes no time.
 */
public interface EngineClock {
  Instant now();

  /** Blocks (or jumps) until {@code instant}; returns early only if interrupted. */
  void waitUntil(Instant instant) throws InterruptedException;

  static EngineClock system() {
    return SystemClock.INSTANCE;
  }
}
