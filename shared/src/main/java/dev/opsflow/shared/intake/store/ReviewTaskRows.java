package dev.opsflow.shared.intake.store;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.shared.db.Jdbc;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Row mapping of {@code review_tasks}. */
final class ReviewTaskRows {
  private ReviewTaskRows() {}

  static ReviewTask task(ResultSet row) throws SQLException {
    List<String> missing = new ArrayList<>();
    JsonNode fields = Jdbc.json(row, "missing_fields");
    if (fields != null) {
      fields.forEach(field -> missing.add(field.asText()));
    }
    return new ReviewTask(
        row.getString("id"),
        row.getString("request_id"),
        ReviewTaskKind.fromWire(row.getString("kind")),
        row.getString("task_token"),
        ReviewTaskStatus.fromWire(row.getString("status")),
        row.getString("claimed_by"),
        Jdbc.instant(row, "claimed_at"),
        List.copyOf(missing),
        Jdbc.json(row, "draft"),
        Jdbc.instant(row, "created_at"),
        Jdbc.instant(row, "completed_at"),
        row.getString("completed_by"),
        Jdbc.json(row, "outcome"));
  }
}
