package dev.opsflow.shared.outbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.shared.db.Jdbc;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

/** One row of the outbox as the relay and the operators' views see it. */
public record OutboxRecord(
    UUID id,
    String destination,
    String source,
    String eventType,
    ObjectNode payload,
    Instant createdAt,
    int attempts,
    Instant nextAttemptAt,
    Instant publishedAt,
    String lastError,
    Instant stuckSince) {

  static OutboxRecord read(ResultSet row) throws SQLException {
    return new OutboxRecord(
        row.getObject("id", UUID.class),
        row.getString("destination"),
        row.getString("source"),
        row.getString("event_type"),
        (ObjectNode) Jdbc.json(row, "payload"),
        Jdbc.instant(row, "created_at"),
        row.getInt("attempts"),
        Jdbc.instant(row, "next_attempt_at"),
        Jdbc.instant(row, "published_at"),
        row.getString("last_error"),
        Jdbc.instant(row, "stuck_since"));
  }
}
