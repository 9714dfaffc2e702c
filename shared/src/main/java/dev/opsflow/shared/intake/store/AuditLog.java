package dev.opsflow.shared.intake.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.opsflow.shared.db.Jdbc;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The append-only audit trail ({@code audit_events}; the table refuses UPDATE and DELETE). An event appended
 * with an idempotency key is appended once however often a retried step repeats it.
 */
public final class AuditLog {
  private final DataSource dataSource;
  private final Clock clock;

  public AuditLog(DataSource dataSource, Clock clock) {
    this.dataSource = dataSource;
    this.clock = clock;
  }

  public AuditLog(DataSource dataSource) {
    this(dataSource, Clock.systemUTC());
  }

  /**
   * Appends an event ({@code requestId} may be null for events about no request) and returns it; with a key
   * already used, returns the event that key appended.
   */
  public AuditEvent append(String requestId, Actor actor, String action, JsonNode detail, String idempotencyKey) {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(action, "action");
    JsonNode details = detail == null ? JsonNodeFactory.instance.objectNode() : detail;
    return Jdbc.withConnection(dataSource, "append audit event " + action, connection -> {
      try (PreparedStatement insert =
          connection.prepareStatement(
              """
              INSERT INTO audit_events (request_id, at, actor, action, detail, idempotency_key)
              VALUES (?, ?, ?, ?, ?::jsonb, ?)
              ON CONFLICT (idempotency_key) DO NOTHING RETURNING *""")) {
        insert.setString(1, requestId);
        Jdbc.setInstant(insert, 2, clock.instant());
        insert.setString(3, actor.wire());
        insert.setString(4, action);
        Jdbc.setJson(insert, 5, details);
        insert.setString(6, idempotencyKey);
        try (ResultSet row = insert.executeQuery()) {
          if (row.next()) {
            return event(row);
          }
        }
      }
      try (PreparedStatement select = connection.prepareStatement("SELECT * FROM audit_events WHERE idempotency_key = ?")) {
        select.setString(1, idempotencyKey);
        try (ResultSet row = select.executeQuery()) {
          row.next();
          return event(row);
        }
      }
    });
  }

  /** The request's trail, oldest first. */
  public List<AuditEvent> forRequest(String requestId) {
    return list("SELECT * FROM audit_events WHERE request_id = ? ORDER BY id", requestId, Integer.MAX_VALUE);
  }

  /** The newest events of all requests, newest first, at most {@code limit}. */
  public List<AuditEvent> recent(int limit) {
    return list("SELECT * FROM audit_events ORDER BY id DESC LIMIT ?", null, limit);
  }

  private List<AuditEvent> list(String sql, String requestId, int limit) {
    return Jdbc.withConnection(dataSource, "read audit events", connection -> {
      try (PreparedStatement select = connection.prepareStatement(sql)) {
        if (requestId != null) {
          select.setString(1, requestId);
        } else {
          select.setInt(1, limit);
        }
        List<AuditEvent> events = new ArrayList<>();
        try (ResultSet row = select.executeQuery()) {
          while (row.next()) {
            events.add(event(row));
          }
        }
        return events;
      }
    });
  }

  private static AuditEvent event(ResultSet row) throws SQLException {
    return new AuditEvent(
        row.getLong("id"),
        row.getString("request_id"),
        Jdbc.instant(row, "at"),
        Actor.parse(row.getString("actor")),
        row.getString("action"),
        Jdbc.json(row, "detail"));
  }
}
