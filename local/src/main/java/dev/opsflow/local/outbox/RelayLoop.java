package dev.opsflow.local.outbox;

import dev.opsflow.shared.alert.Incident;
import dev.opsflow.shared.alert.Incidents;
import dev.opsflow.shared.outbox.OutboxMonitor;
import dev.opsflow.shared.outbox.OutboxRecord;
import dev.opsflow.shared.outbox.OutboxRelay;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The relay's thread: relays while events are due, else sleeps {@code poll}; every {@value #CHECK_SECONDS} s
 * marks stuck events and alerts operators about each (except stuck alerts themselves, which would only queue
 * more alerts behind the same broken channel: those are logged), and once an hour purges old published events.
 */
final class RelayLoop implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RelayLoop.class);
  private static final long CHECK_SECONDS = 30;
  private static final Duration PURGE_EVERY = Duration.ofHours(1);

  private final OutboxRelay relay;
  private final OutboxMonitor monitor;
  private final Incidents alerts;
  private final RelaySettings settings;
  private final Clock clock;
  private final Thread thread;
  private volatile boolean running = true;
  private Instant nextCheck = Instant.MIN;
  private Instant nextPurge = Instant.MIN;

  RelayLoop(OutboxRelay relay, OutboxMonitor monitor, Incidents alerts, RelaySettings settings, Clock clock) {
    this.relay = relay;
    this.monitor = monitor;
    this.alerts = alerts;
    this.settings = settings;
    this.clock = clock;
    this.thread = Thread.ofPlatform().daemon().name("opsflow-outbox-relay").start(this::loop);
  }

  private void loop() {
    while (running) {
      try {
        if (relay.relayOnce().claimed() > 0) {
          continue;
        }
        housekeeping();
        Thread.sleep(settings.poll().toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        // A database outage must not end the relay: log, back off, go on.
        LOG.error("Outbox relay round failed; retrying", e);
        sleepQuietly(Duration.ofSeconds(5));
      }
    }
  }

  private void housekeeping() {
    Instant now = clock.instant();
    if (now.isAfter(nextCheck)) {
      nextCheck = now.plusSeconds(CHECK_SECONDS);
      for (OutboxRecord stuck : monitor.markStuck()) {
        if (Incidents.SOURCE.equals(stuck.source())) {
          LOG.error("An operator alert could not be delivered: outbox event {} ({}), last error: {}", stuck.id(), stuck.eventType(), stuck.lastError());
        } else {
          alerts.raise(Incident.outboxStuck(
              stuck.id(), stuck.destination(), stuck.eventType(), stuck.attempts(), stuck.lastError(), stuck.createdAt()));
        }
      }
    }
    if (now.isAfter(nextPurge)) {
      nextPurge = now.plus(PURGE_EVERY);
      int purged = monitor.purgePublished(now.minus(settings.retention()));
      if (purged > 0) {
        LOG.info("Purged {} outbox event(s) published more than {} ago", purged, settings.retention());
      }
    }
  }

  private void sleepQuietly(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
    try {
      thread.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
