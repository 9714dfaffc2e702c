package dev.opsflow.shared.outbox;

import dev.opsflow.shared.db.Jdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the outbox. One round claims up to a batch of due events with {@code FOR UPDATE SKIP LOCKED} (so
 * several relays share the work without publishing one event twice at the same time), publishes them through the
 * publisher of their destination while it holds the rows, and records each outcome in the same transaction. A
 * relay killed mid-publish holds nothing afterwards: its transaction dies with its connection, the rows are due
 * again and the next round publishes them again, under the same id, which the receivers use to drop the repeat.
 * Failed events wait with exponential backoff ({@link RelayPolicy}).
 *
 * <p>Runs as the local node's relay component, and in AWS from a scheduled Lambda ({@link #drain}).
 */
public final class OutboxRelay {
  private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);

  private final DataSource dataSource;
  private final Map<String, OutboxPublisher> publishers;
  private final RelayPolicy policy;
  private final Clock clock;

  /** {@code publishers} by destination: an exact destination, or its part before ':' ("eventbridge" serves "eventbridge:bus"). */
  public OutboxRelay(DataSource dataSource, Map<String, OutboxPublisher> publishers, RelayPolicy policy, Clock clock) {
    this.dataSource = dataSource;
    this.publishers = Map.copyOf(publishers);
    this.policy = policy;
    this.clock = clock;
  }

  /** What one round did. */
  public record Round(int claimed, int published, int failed) {}

  /** One round; {@code claimed} is 0 when nothing was due. */
  public Round relayOnce() {
    return Jdbc.inTransaction(dataSource, "relay the outbox", connection -> {
      Instant now = clock.instant();
      List<OutboxRecord> due = claim(connection, now);
      if (due.isEmpty()) {
        return new Round(0, 0, 0);
      }
      Map<UUID, PublishOutcome> outcomes = publish(due);
      int published = record(connection, due, outcomes, clock.instant());
      return new Round(due.size(), published, due.size() - published);
    });
  }

  /** Rounds until nothing is due or {@code maxRounds} ran; returns how many events were published. */
  public int drain(int maxRounds) {
    int published = 0;
    for (int i = 0; i < maxRounds; i++) {
      Round round = relayOnce();
      published += round.published();
      if (round.claimed() == 0) {
        break;
      }
    }
    return published;
  }

  private List<OutboxRecord> claim(Connection connection, Instant now) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement("""
        SELECT * FROM outbox WHERE published_at IS NULL AND next_attempt_at <= ?
        ORDER BY next_attempt_at, created_at LIMIT ? FOR UPDATE SKIP LOCKED""")) {
      Jdbc.setInstant(select, 1, now);
      select.setInt(2, policy.batchSize());
      List<OutboxRecord> rows = new ArrayList<>();
      try (ResultSet result = select.executeQuery()) {
        while (result.next()) {
          rows.add(OutboxRecord.read(result));
        }
      }
      return rows;
    }
  }

  private Map<UUID, PublishOutcome> publish(List<OutboxRecord> due) {
    Map<String, List<OutboxRecord>> byDestination = new LinkedHashMap<>();
    due.forEach(r -> byDestination.computeIfAbsent(r.destination(), d -> new ArrayList<>()).add(r));
    Map<UUID, PublishOutcome> outcomes = new HashMap<>();
    byDestination.forEach((destination, batch) -> {
      OutboxPublisher publisher = publisherFor(destination);
      if (publisher == null) {
        batch.forEach(r -> outcomes.put(r.id(), PublishOutcome.failed(r.id(), "No publisher for destination '" + destination + "'")));
        return;
      }
      try {
        publisher.publish(batch).forEach(o -> outcomes.put(o.id(), o));
      } catch (RuntimeException e) {
        // Whatever the publisher's failure (an SDK error, a bug), the events stay due and are retried with backoff.
        LOG.warn("Publishing {} outbox event(s) to {} failed", batch.size(), destination, e);
        batch.forEach(r -> outcomes.put(r.id(), PublishOutcome.failed(r.id(), String.valueOf(e))));
      }
    });
    return outcomes;
  }

  private OutboxPublisher publisherFor(String destination) {
    OutboxPublisher exact = publishers.get(destination);
    int colon = destination.indexOf(':');
    return exact != null || colon < 0 ? exact : publishers.get(destination.substring(0, colon));
  }

  private int record(Connection connection, List<OutboxRecord> due, Map<UUID, PublishOutcome> outcomes, Instant now)
      throws SQLException {
    int published = 0;
    try (PreparedStatement done = connection.prepareStatement("""
            UPDATE outbox SET published_at = ?, attempts = attempts + 1, last_error = NULL, stuck_since = NULL WHERE id = ?""");
        PreparedStatement failed = connection.prepareStatement("""
            UPDATE outbox SET attempts = ?, next_attempt_at = ?, last_error = ? WHERE id = ?""")) {
      for (OutboxRecord row : due) {
        PublishOutcome outcome = outcomes.getOrDefault(row.id(), PublishOutcome.failed(row.id(), "The publisher gave no outcome"));
        if (outcome.isPublished()) {
          Jdbc.setInstant(done, 1, now);
          done.setObject(2, row.id());
          done.addBatch();
          published++;
        } else {
          // A permanent rejection counts as all attempts used: OutboxMonitor marks it stuck at its next look.
          int attempts = outcome.permanent() ? Math.max(row.attempts() + 1, policy.stuckAttempts()) : row.attempts() + 1;
          failed.setInt(1, attempts);
          Jdbc.setInstant(failed, 2, now.plus(outcome.permanent() ? policy.maxDelay() : policy.delayAfter(attempts)));
          failed.setString(3, truncate(outcome.error()));
          failed.setObject(4, row.id());
          failed.addBatch();
        }
      }
      done.executeBatch();
      failed.executeBatch();
    }
    return published;
  }

  private static String truncate(String error) {
    return error.length() <= 2000 ? error : error.substring(0, 2000) + "...";
  }
}
