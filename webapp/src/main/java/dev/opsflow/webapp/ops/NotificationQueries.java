package dev.opsflow.webapp.ops;

import dev.opsflow.shared.db.Jdbc;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Reads the {@code notifications} outbox (V100): a request's messages, and the newest ones by status. */
public final class NotificationQueries {
  private final DataSource dataSource;

  public NotificationQueries(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public List<NotificationRow> forRequest(String requestId) {
    return list("SELECT * FROM notifications WHERE request_id = ? ORDER BY created_at, id", requestId, 500);
  }

  /** Newest first; {@code status} null for every status. */
  public List<NotificationRow> recent(String status, int limit) {
    return status == null
        ? list("SELECT * FROM notifications ORDER BY created_at DESC, id DESC LIMIT ?", null, limit)
        : list("SELECT * FROM notifications WHERE status = ? ORDER BY created_at DESC, id DESC LIMIT ?", status, limit);
  }

  private List<NotificationRow> list(String sql, String parameter, int limit) {
    return Jdbc.withConnection(dataSource, "read notifications", connection -> {
      try (PreparedStatement select = connection.prepareStatement(sql)) {
        int index = 1;
        if (parameter != null) {
          select.setString(index++, parameter);
        }
        if (sql.endsWith("?")) {
          select.setInt(index, limit);
        }
        List<NotificationRow> rows = new ArrayList<>();
        try (ResultSet row = select.executeQuery()) {
          while (row.next()) {
            rows.add(row(row));
          }
        }
        return rows;
      }
    });
  }

  private static NotificationRow row(ResultSet row) throws SQLException {
    return new NotificationRow(
        row.getString("id"), row.getString("request_id"), row.getString("event"), row.getString("channel"),
        row.getString("recipient"), row.getString("subject"), row.getString("body"), row.getString("status"),
        row.getInt("attempts"), row.getString("error"), Jdbc.instant(row, "created_at"), Jdbc.instant(row, "sent_at"));
  }
}
