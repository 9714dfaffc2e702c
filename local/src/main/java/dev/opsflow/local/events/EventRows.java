package dev.opsflow.local.events;

import dev.opsflow.local.store.Jdbc;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.shared.json.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code bus_events} and {@code bus_deliveries} tables: accepted events and what they are to reach. */
final class EventRows {
  /** A stored event. */
  record StoredEvent(String id, String eventBus, ObjectNode event, Instant receivedAt) {}

  private EventRows() {}

  static void insertEvent(Connection connection, String id, String bus, ObjectNode event, Instant receivedAt) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement("INSERT INTO bus_events (id, event_bus, event, received_at) VALUES (?, ?, ?::json, ?)")) {
      insert.setString(1, id);
      insert.setString(2, bus);
      insert.setString(3, Json.write(event));
      Jdbc.setInstant(insert, 4, receivedAt);
      insert.executeUpdate();
    }
  }

  static Optional<StoredEvent> event(Connection connection, String id) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement("SELECT id, event_bus, event, received_at FROM bus_events WHERE id = ?")) {
      select.setString(1, id);
      try (ResultSet row = select.executeQuery()) {
        return row.next()
            ? Optional.of(new StoredEvent(
                row.getString("id"), row.getString("event_bus"), (ObjectNode) TargetInputs.parseStored(row.getString("event")), Jdbc.instant(row, "received_at")))
            : Optional.empty();
      }
    }
  }

  /** Inserts deliveries due at {@code now}; returns their ids. */
  static List<Long> insertDeliveries(Connection connection, String eventId, List<PlannedDelivery> deliveries, Instant now) throws SQLException {
    List<Long> ids = new ArrayList<>();
    if (deliveries.isEmpty()) {
      return ids;
    }
    String sql = """
        INSERT INTO bus_deliveries (event_id, rule_name, rule_arn, target_id, target_arn, input, max_retries, expires_at,
                                    status, next_attempt_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?)
        """;
    try (PreparedStatement insert = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
      for (PlannedDelivery d : deliveries) {
        insert.setString(1, eventId);
        insert.setString(2, d.ruleName());
        insert.setString(3, d.ruleArn());
        insert.setString(4, d.targetId());
        insert.setString(5, d.targetArn());
        insert.setString(6, d.input());
        insert.setInt(7, d.maxRetries());
        Jdbc.setInstant(insert, 8, d.expiresAt());
        Jdbc.setInstant(insert, 9, now);
        insert.addBatch();
      }
      insert.executeBatch();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        while (keys.next()) {
          ids.add(keys.getLong(1));
        }
      }
    }
    return ids;
  }

  /** The target ARN and input of a stored delivery, for replaying it when its rule or target is gone. */
  static Optional<PlannedDelivery> delivery(Connection connection, long id) throws SQLException {
    String sql = "SELECT rule_name, rule_arn, target_id, target_arn, input, max_retries, expires_at FROM bus_deliveries WHERE id = ?";
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      select.setLong(1, id);
      try (ResultSet row = select.executeQuery()) {
        return row.next()
            ? Optional.of(new PlannedDelivery(
                row.getString("rule_name"), row.getString("rule_arn"), row.getString("target_id"), row.getString("target_arn"),
                row.getString("input"), row.getInt("max_retries"), Jdbc.instant(row, "expires_at")))
            : Optional.empty();
      }
    }
  }
}
