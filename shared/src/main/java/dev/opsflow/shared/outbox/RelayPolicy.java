package dev.opsflow.shared.outbox;

import java.time.Duration;
import java.util.Map;

/**
 * How the relay works the outbox: {@code batchSize} events per round (EventBridge takes 10 per PutEvents); after
 * the n-th failed attempt an event waits {@code baseDelay * 2^(n-1)}, at most {@code maxDelay}; it is marked stuck
 * (listed for operators, alerted once) after {@code stuckAttempts} failed attempts or when it is still unpublished
 * {@code stuckAge} after it was written. Stuck events keep being retried at {@code maxDelay}.
 */
public record RelayPolicy(int batchSize, Duration baseDelay, Duration maxDelay, int stuckAttempts, Duration stuckAge) {
  public RelayPolicy {
    if (batchSize < 1 || stuckAttempts < 1) {
      throw new IllegalArgumentException("batchSize and stuckAttempts must be positive");
    }
    if (baseDelay.isNegative() || baseDelay.isZero() || maxDelay.compareTo(baseDelay) < 0 || stuckAge.isNegative()) {
      throw new IllegalArgumentException("need 0 < baseDelay <= maxDelay and stuckAge >= 0");
    }
  }

  public static RelayPolicy defaults() {
    return new RelayPolicy(10, Duration.ofSeconds(1), Duration.ofMinutes(5), 8, Duration.ofMinutes(15));
  }

  /**
   * Reads {@code OPSFLOW_OUTBOX_STUCK_ATTEMPTS} and {@code OPSFLOW_OUTBOX_STUCK_MINUTES} over the defaults (the
   * backoff is not an operator's knob).
   */
  public static RelayPolicy from(Map<String, String> env) {
    RelayPolicy d = defaults();
    int attempts = Integer.parseInt(env.getOrDefault("OPSFLOW_OUTBOX_STUCK_ATTEMPTS", String.valueOf(d.stuckAttempts())));
    long minutes = Long.parseLong(env.getOrDefault("OPSFLOW_OUTBOX_STUCK_MINUTES", String.valueOf(d.stuckAge().toMinutes())));
    return new RelayPolicy(d.batchSize(), d.baseDelay(), d.maxDelay(), attempts, Duration.ofMinutes(minutes));
  }

  /** The wait after the {@code attempts}-th failed attempt. */
  public Duration delayAfter(int attempts) {
    int doublings = Math.min(Math.max(attempts - 1, 0), 30);
    Duration delay = baseDelay.multipliedBy(1L << doublings);
    return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
  }

  /** Whether an event with this many failed attempts, written at {@code createdAgo} before now, is stuck. */
  public boolean isStuck(int attempts, Duration createdAgo) {
    return attempts >= stuckAttempts || createdAgo.compareTo(stuckAge) > 0;
  }
}
