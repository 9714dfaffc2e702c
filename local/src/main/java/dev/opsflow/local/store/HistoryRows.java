package dev.opsflow.local.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code history_events} table. Append-only: events are inserted with the step that produced them and
 * never changed; only the retention purge removes them, with their execution.
 */
final class HistoryRows {
  private HistoryRows() {}

  static void append(Connection connection, String executionArn, List<ObjectNode> events) throws SQLException {
    if (events.isEmpty()) {
      return;
    }
    String sql = "INSERT INTO history_events (execution_arn, id, type, event) VALUES (?, ?, ?, ?::json)";
    try (PreparedStatement insert = connection.prepareStatement(sql)) {
      for (ObjectNode event : events) {
        insert.setString(1, executionArn);
        insert.setLong(2, event.path("id").asLong());
        insert.setString(3, event.path("type").asText());
        JsonColumns.set(insert, 4, event);
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  static List<ObjectNode> list(Connection connection, String executionArn) throws SQLException {
    String sql = "SELECT event FROM history_events WHERE execution_arn = ? ORDER BY id";
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      select.setString(1, executionArn);
      List<ObjectNode> events = new ArrayList<>();
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          events.add(JsonColumns.object(row, "event"));
        }
      }
      return events;
    }
  }
}
