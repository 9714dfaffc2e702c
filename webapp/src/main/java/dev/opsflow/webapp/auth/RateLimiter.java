package dev.opsflow.webapp.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code limit} events per key in a fixed window (login attempts per address, failures per account,
 * form posts per address). In memory: each dashboard instance counts its own traffic, which bounds a guesser to
 * {@code limit} times the number of instances; the per-account count is what protects a password.
 */
public final class RateLimiter {
  private final int limit;
  private final Duration window;
  private final Clock clock;
  private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

  private record Window(Instant start, int count) {}

  public RateLimiter(int limit, Duration window, Clock clock) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1: " + limit);
    }
    this.limit = limit;
    this.window = window;
    this.clock = clock;
  }

  /** Counts one event for {@code key}; false when the key is over its limit (the event is refused). */
  public boolean tryAcquire(String key) {
    Instant now = clock.instant();
    Window updated = windows.compute(key, (k, current) ->
        current == null || !now.isBefore(current.start().plus(window)) ? new Window(now, 1) : new Window(current.start(), current.count() + 1));
    if (windows.size() > 50_000) {
      windows.entrySet().removeIf(e -> !now.isBefore(e.getValue().start().plus(window)));
    }
    return updated.count() <= limit;
  }

  /** True when {@code key} has used its limit (without counting an event). */
  public boolean exhausted(String key) {
    Window current = windows.get(key);
    return current != null && clock.instant().isBefore(current.start().plus(window)) && current.count() >= limit;
  }

  /** Forgets {@code key} (a successful login clears its failures). */
  public void reset(String key) {
    windows.remove(key);
  }

  /** How long until {@code key}'s window ends (zero when it is not limited). */
  public Duration retryAfter(String key) {
    Window current = windows.get(key);
    if (current == null) {
      return Duration.ZERO;
    }
    Duration left = Duration.between(clock.instant(), current.start().plus(window));
    return left.isNegative() ? Duration.ZERO : left;
  }
}
