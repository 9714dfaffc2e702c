package dev.opsflow.local.store;

import dev.opsflow.local.engine.OpenToken;
import dev.opsflow.local.engine.Step;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The {@code task_tokens} table: tokens awaiting SendTaskSuccess / SendTaskFailure (the review inbox). */
final class TaskTokenRows {
  private TaskTokenRows() {}

  /** Opens or closes the tokens a step changed, in the order it changed them. */
  static void apply(Connection connection, String executionArn, List<Step.TokenChange> changes, Instant now) throws SQLException {
    for (Step.TokenChange change : changes) {
      if (change.open()) {
        open(connection, executionArn, change, now);
      } else {
        close(connection, change.token());
      }
    }
  }

  private static void open(Connection connection, String executionArn, Step.TokenChange change, Instant now) throws SQLException {
    String sql = """
        INSERT INTO task_tokens (token, execution_arn, state_name, task_input, opened_at)
        VALUES (?, ?, ?, ?::json, ?)
        ON CONFLICT (token) DO NOTHING
        """;
    try (PreparedStatement insert = connection.prepareStatement(sql)) {
      insert.setString(1, change.token());
      insert.setString(2, executionArn);
      insert.setString(3, change.stateName());
      JsonColumns.set(insert, 4, change.taskInput());
      Jdbc.setInstant(insert, 5, now);
      insert.executeUpdate();
    }
  }

  private static void close(Connection connection, String token) throws SQLException {
    try (PreparedStatement delete = connection.prepareStatement("DELETE FROM task_tokens WHERE token = ?")) {
      delete.setString(1, token);
      delete.executeUpdate();
    }
  }

  static List<OpenToken> oldest(Connection connection, int limit) throws SQLException {
    String sql = """
        SELECT token, execution_arn, state_name, task_input, opened_at FROM task_tokens
         ORDER BY opened_at, token
         LIMIT ?
        """;
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      select.setInt(1, limit);
      List<OpenToken> tokens = new ArrayList<>();
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          tokens.add(
              new OpenToken(
                  row.getString("token"),
                  row.getString("execution_arn"),
                  row.getString("state_name"),
                  JsonColumns.get(row, "task_input"),
                  Jdbc.instant(row, "opened_at")));
        }
      }
      return tokens;
    }
  }
}
