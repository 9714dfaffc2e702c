package dev.opsflow.shared.outbox;

import dev.opsflow.shared.db.Jdbc;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * What operators (the dashboard, the health endpoint, alerts) see of the outbox: counts, the stuck events, and
 * the two actions they have, retry now and purge what was published long ago. {@link #markStuck} is the one
 * place events become stuck, so each is reported once.
 */
public final class OutboxMonitor {
  private final DataSource dataSource;
  private final RelayPolicy policy;
  private final Clock clock;

  public OutboxMonitor(DataSource dataSource, RelayPolicy policy, Clock clock) {
    this.dataSource = dataSource;
    this.policy = policy;
    this.clock = clock;
  }

  /**
   * The outbox at a glance: unpublished events, those overdue by more than {@code grace} (no relay is keeping
   * up), the stuck ones, the oldest unpublished creation time and the last publication time (null when none).
   */
  public record Stats(long pending, long overdue, long stuck, Instant oldestPending, Instant lastPublished) {}

  public Stats stats(Duration grace) {
    return Jdbc.withConnection(dataSource, "read outbox statistics", connection -> {
      try (PreparedStatement select = connection.prepareStatement("""
          SELECT count(*) FILTER (WHERE published_at IS NULL) AS pending,
                 count(*) FILTER (WHERE published_at IS NULL AND next_attempt_at < ?) AS overdue,
                 count(*) FILTER (WHERE published_at IS NULL AND stuck_since IS NOT NULL) AS stuck,
                 min(created_at) FILTER (WHERE published_at IS NULL) AS oldest_pending,
                 max(published_at) AS last_published
          FROM outbox""")) {
        Jdbc.setInstant(select, 1, clock.instant().minus(grace));
        try (ResultSet row = select.executeQuery()) {
          row.next();
          return new Stats(row.getLong("pending"), row.getLong("overdue"), row.getLong("stuck"),
              Jdbc.instant(row, "oldest_pending"), Jdbc.instant(row, "last_published"));
        }
      }
    });
  }

  /** Unpublished events marked stuck, longest stuck first. */
  public List<OutboxRecord> stuck(int limit) {
    return Jdbc.withConnection(dataSource, "list stuck outbox events", connection -> {
      try (PreparedStatement select = connection.prepareStatement("""
          SELECT * FROM outbox WHERE published_at IS NULL AND stuck_since IS NOT NULL ORDER BY stuck_since, id LIMIT ?""")) {
        select.setInt(1, limit);
        return rows(select);
      }
    });
  }

  /**
   * Marks unpublished events that failed {@code stuckAttempts} times (or were rejected) or are older than {@code
   * stuckAge}; returns those marked now (each is returned once, however many monitors run).
   */
  public List<OutboxRecord> markStuck() {
    Instant now = clock.instant();
    return Jdbc.withConnection(dataSource, "mark stuck outbox events", connection -> {
      try (PreparedStatement update = connection.prepareStatement("""
          UPDATE outbox SET stuck_since = ?
          WHERE published_at IS NULL AND stuck_since IS NULL AND (attempts >= ? OR created_at < ?)
          RETURNING *""")) {
        Jdbc.setInstant(update, 1, now);
        update.setInt(2, policy.stuckAttempts());
        Jdbc.setInstant(update, 3, now.minus(policy.stuckAge()));
        return rows(update);
      }
    });
  }

  /** An operator's "retry now": due at once, attempts and stuck mark cleared; false when it is published or unknown. */
  public boolean retryNow(UUID id) {
    return Jdbc.withConnection(dataSource, "retry outbox event " + id, connection -> {
      try (PreparedStatement update = connection.prepareStatement("""
          UPDATE outbox SET next_attempt_at = ?, attempts = 0, stuck_since = NULL WHERE id = ? AND published_at IS NULL""")) {
        Jdbc.setInstant(update, 1, clock.instant());
        update.setObject(2, id);
        return update.executeUpdate() == 1;
      }
    });
  }

  /** Deletes events published before {@code before} (retention); returns how many. */
  public int purgePublished(Instant before) {
    return Jdbc.withConnection(dataSource, "purge published outbox events", connection -> {
      try (PreparedStatement delete = connection.prepareStatement("DELETE FROM outbox WHERE published_at < ?")) {
        Jdbc.setInstant(delete, 1, before);
        return delete.executeUpdate();
      }
    });
  }

  private static List<OutboxRecord> rows(PreparedStatement statement) throws java.sql.SQLException {
    List<OutboxRecord> rows = new ArrayList<>();
    try (ResultSet result = statement.executeQuery()) {
      while (result.next()) {
        rows.add(OutboxRecord.read(result));
      }
    }
    return rows;
  }
}
