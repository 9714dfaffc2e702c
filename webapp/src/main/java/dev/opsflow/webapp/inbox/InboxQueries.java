package dev.opsflow.webapp.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.shared.db.Jdbc;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The inbox list in one query: pending tasks with their request's headline, the most urgent first, then the
 * oldest (the review_tasks_pending index serves the filter).
 */
public final class InboxQueries {
  private final DataSource dataSource;

  public InboxQueries(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Pending tasks (open or claimed), at most {@code limit}; {@code kind} null for every kind. */
  public List<InboxItem> pending(String kind, int limit) {
    String sql = """
        SELECT t.id, t.kind, t.status, t.claimed_by, t.created_at, t.missing_fields, r.id AS request_id,
               coalesce(r.customer_name, r.sender ->> 'name') AS customer_name, r.issue_type, r.urgency, r.channel
          FROM review_tasks t JOIN requests r ON r.id = t.request_id
         WHERE t.status IN ('open', 'claimed') AND (? IS NULL OR t.kind = ?)
         ORDER BY CASE r.urgency WHEN 'emergency' THEN 0 WHEN 'urgent' THEN 1 ELSE 2 END, t.created_at, t.id
         LIMIT ?""";
    return Jdbc.withConnection(dataSource, "read inbox", connection -> {
      try (PreparedStatement select = connection.prepareStatement(sql)) {
        select.setString(1, kind);
        select.setString(2, kind);
        select.setInt(3, limit);
        List<InboxItem> items = new ArrayList<>();
        try (ResultSet row = select.executeQuery()) {
          while (row.next()) {
            items.add(new InboxItem(
                row.getString("id"), row.getString("kind"), row.getString("status"), row.getString("claimed_by"),
                Jdbc.instant(row, "created_at"), strings(Jdbc.json(row, "missing_fields")), row.getString("request_id"),
                row.getString("customer_name"), row.getString("issue_type"), row.getString("urgency"), row.getString("channel")));
          }
        }
        return items;
      }
    });
  }

  static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    if (array != null) {
      array.forEach(value -> values.add(value.asText()));
    }
    return values;
  }
}
