package dev.opsflow.webapp.ops;

import dev.opsflow.shared.db.Jdbc;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Reads the local event bus's dead letters ({@code bus_dead_letters} joined with {@code bus_events}). In AWS the
 * bus's dead letters are an SQS queue the operators watch in the console; there the tables are absent and the
 * list is empty.
 */
public final class DeadLetterQueries {
  private final DataSource dataSource;

  public DeadLetterQueries(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public boolean available() {
    return Tables.exists(dataSource, "bus_dead_letters");
  }

  /** Newest first, at most {@code limit}; replayed ones only when asked. */
  public List<DeadLetterRow> recent(boolean includeReplayed, int limit) {
    if (!available()) {
      return List.of();
    }
    String sql = """
        SELECT d.id, d.event_id, e.event ->> 'detail-type' AS detail_type, e.event ->> 'source' AS source, d.reason,
               coalesce(d.error_code || ': ', '') || coalesce(d.error_message, '') AS error, d.rule_name, d.attempts,
               d.dead_at, d.replayed_at
          FROM bus_dead_letters d JOIN bus_events e ON e.id = d.event_id
        """ + (includeReplayed ? "" : " WHERE d.replayed_at IS NULL") + " ORDER BY d.dead_at DESC, d.id DESC LIMIT ?";
    return Jdbc.withConnection(dataSource, "read dead letters", connection -> {
      try (PreparedStatement select = connection.prepareStatement(sql)) {
        select.setInt(1, limit);
        List<DeadLetterRow> rows = new ArrayList<>();
        try (ResultSet row = select.executeQuery()) {
          while (row.next()) {
            rows.add(new DeadLetterRow(row.getLong("id"), row.getString("event_id"), row.getString("detail_type"),
                row.getString("source"), row.getString("reason"), row.getString("error"), row.getString("rule_name"),
                row.getInt("attempts"), Jdbc.instant(row, "dead_at"), Jdbc.instant(row, "replayed_at")));
          }
        }
        return rows;
      }
    });
  }
}
