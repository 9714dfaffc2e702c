package dev.opsflow.shared.outbox;

import dev.opsflow.shared.db.Jdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Appends events to the {@code outbox} table on the caller's connection, inside the caller's transaction: the
 * event exists exactly when the state change that caused it was committed. Publishing is the relay's job
 * ({@link OutboxRelay}), never the writer's.
 *
 * <pre>{@code
 * Jdbc.inTransaction(dataSource, "record the request's new status", connection -> {
 *   statusStore.update(connection, requestId, newStatus);
 *   Outbox.append(connection, OutboxEvent.toBus("opsflow.intake", "RequestStatusChanged", payload)
 *       .withKey(IdempotencyKeys.forStep(executionId, stateName)));
 *   return null;
 * });
 * }</pre>
 */
public final class Outbox {
  private Outbox() {}

  /** Appends {@code event} (due at once); returns its id. A keyed event appended before returns the same id and adds nothing. */
  public static UUID append(Connection connection, OutboxEvent event) throws SQLException {
    return append(connection, event, Clock.systemUTC());
  }

  /** As {@link #append(Connection, OutboxEvent)}, with {@code clock} giving the creation time (tests). */
  public static UUID append(Connection connection, OutboxEvent event, Clock clock) throws SQLException {
    UUID id = event.id();
    Instant now = clock.instant();
    try (PreparedStatement insert = connection.prepareStatement("""
        INSERT INTO outbox (id, destination, source, event_type, payload, created_at, next_attempt_at)
        VALUES (?, ?, ?, ?, ?::jsonb, ?, ?) ON CONFLICT (id) DO NOTHING""")) {
      insert.setObject(1, id);
      insert.setString(2, event.destination());
      insert.setString(3, event.source());
      insert.setString(4, event.eventType());
      Jdbc.setJson(insert, 5, event.payload());
      Jdbc.setInstant(insert, 6, now);
      Jdbc.setInstant(insert, 7, now);
      insert.executeUpdate();
    }
    return id;
  }
}
