package dev.opsflow.local.events;

import dev.opsflow.local.store.Jdbc;
import dev.opsflow.local.engine.EngineClock;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers due deliveries one at a time: claim (counting the attempt), call the target outside any transaction,
 * then record the outcome. A retryable failure is tried again after an exponential backoff with jitter until the
 * target's retry policy is spent (attempts or event age); then, or at once for a non-retryable failure, the
 * delivery becomes a dead letter.
 */
final class Deliveries {
  private static final Logger LOG = LoggerFactory.getLogger(Deliveries.class);

  private final DataSource dataSource;
  private final EngineClock clock;
  private final BusSettings settings;
  private final TargetInvoker targets;
  private final String owner = "bus-" + UUID.randomUUID();

  Deliveries(DataSource dataSource, EngineClock clock, BusSettings settings, TargetInvoker targets) {
    this.dataSource = dataSource;
    this.clock = clock;
    this.settings = settings;
    this.targets = targets;
  }

  /** Delivers one due delivery; false when none was due. */
  boolean deliverOne() {
    Instant now = clock.now();
    Optional<Delivery> claimed =
        Jdbc.inTransaction(dataSource, "claim a delivery", c -> DeliveryRows.claim(c, now, owner, now.plus(settings.lease())));
    if (claimed.isEmpty()) {
      return false;
    }
    Delivery d = claimed.get();
    DeliveryOutcome outcome = targets.deliver(d.targetArn(), d.input(), deliveryKey(d));
    settle(d, outcome);
    return true;
  }

  /** The key of a delivery: the same for its every attempt and replay. */
  static String deliveryKey(Delivery d) {
    return "opsflow-bus:" + d.eventId() + ":" + d.ruleArn() + ":" + d.targetId();
  }

  Optional<Instant> nextDue() {
    return Jdbc.withConnection(dataSource, "find the next delivery", DeliveryRows::nextDue);
  }

  private void settle(Delivery d, DeliveryOutcome outcome) {
    Instant now = clock.now();
    boolean settled = Jdbc.inTransaction(dataSource, "record delivery " + d.id(), c -> switch (outcome) {
      case DeliveryOutcome.Delivered ok -> DeliveryRows.delivered(c, d, ok.result(), now);
      case DeliveryOutcome.Reject no -> dead(c, d, DeadLetterReason.NON_RETRYABLE_ERROR, no.errorCode(), no.errorMessage(), now);
      case DeliveryOutcome.Retry retry -> {
        int maxRetries = retry.retryCap() == null ? d.maxRetries() : Math.min(d.maxRetries(), retry.retryCap());
        Instant next = now.plus(backoff(d.attempts()));
        if (d.attempts() > maxRetries) {
          yield dead(c, d, DeadLetterReason.MAXIMUM_RETRY_ATTEMPTS, retry.errorCode(), retry.errorMessage(), now);
        }
        if (next.isAfter(d.expiresAt())) {
          yield dead(c, d, DeadLetterReason.MAXIMUM_EVENT_AGE, retry.errorCode(), retry.errorMessage(), now);
        }
        yield DeliveryRows.retryAt(c, d, next, retry.errorCode() + ": " + retry.errorMessage());
      }
    });
    if (!settled) {
      LOG.warn("Delivery {} attempt {} was taken over by another worker (its lease ran out); its outcome {} is dropped", d.id(), d.attempts(), outcome);
    }
  }

  private static boolean dead(Connection c, Delivery d, DeadLetterReason reason, String code, String message, Instant now)
      throws SQLException {
    if (!DeliveryRows.dead(c, d, code + ": " + message, now)) {
      return false;
    }
    DeadLetterRows.insert(
        c, new DeadLetterRows.NewDeadLetter(d.eventId(), d.id(), reason, code, message, d.ruleName(), d.targetId(), d.targetArn(), d.attempts()), now);
    LOG.warn("Event {} could not be delivered to {} of rule {} ({}: {}): dead-lettered as {}", d.eventId(), d.targetId(), d.ruleName(), code, message, reason);
    return true;
  }

  /** Exponential backoff from the base delay, capped, with "equal jitter" (half fixed, half random). */
  Duration backoff(int attempts) {
    long base = settings.retryBaseDelay().toMillis();
    long capped = Math.min(settings.retryMaxDelay().toMillis(), base << Math.min(attempts - 1, 30));
    long half = capped / 2;
    return Duration.ofMillis(half + (half == 0 ? 0 : ThreadLocalRandom.current().nextLong(half + 1)));
  }
}
