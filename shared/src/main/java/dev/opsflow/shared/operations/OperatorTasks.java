package dev.opsflow.shared.operations;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.shared.db.Jdbc;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The operator task list ({@code operator_tasks}): workflow steps open tasks (idempotent on the step's key), the
 * dashboard's operations page lists the open ones and closes them. A task with a {@code taskToken} has a workflow
 * waiting on it: the dashboard answers the token ({@code SendTaskSuccess} with {@code {"decision": "retry"}} or
 * {@code {"decision": "abandon"}}) when it closes the task.
 */
public final class OperatorTasks {
  private static final String COLUMNS = "id, created_at, status, kind, title, workflow, execution_arn, subject, alert_id, task_token, detail";

  private final DataSource dataSource;
  private final Clock clock;

  public OperatorTasks(DataSource dataSource, Clock clock) {
    this.dataSource = dataSource;
    this.clock = clock;
  }

  /**
   * What to open: the kind ({@code workflow_failure}), a title for the list, the detail to act on, and the task
   * token of the workflow waiting for the operator (or null).
   */
  public record NewTask(String kind, String title, String executionArn, String subject, Long alertId, String taskToken, JsonNode detail) {}

  /** Opens the task once per {@code idempotencyKey}; a repeated call returns the task the first one opened. */
  public OperatorTask open(String idempotencyKey, NewTask task) {
    return Jdbc.inTransaction(dataSource, "open an operator task", connection -> {
      try (PreparedStatement insert =
          connection.prepareStatement(
              """
              INSERT INTO operator_tasks (idempotency_key, created_at, kind, title, workflow, execution_arn, subject, alert_id, task_token, detail)
              VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)
              ON CONFLICT (idempotency_key) DO NOTHING
              """)) {
        insert.setString(1, idempotencyKey);
        Jdbc.setInstant(insert, 2, clock.instant());
        insert.setString(3, task.kind());
        insert.setString(4, task.title());
        insert.setString(5, WorkflowNames.machine(task.executionArn()));
        insert.setString(6, task.executionArn());
        insert.setString(7, task.subject());
        if (task.alertId() == null) {
          insert.setNull(8, Types.BIGINT);
        } else {
          insert.setLong(8, task.alertId());
        }
        insert.setString(9, task.taskToken());
        Jdbc.setJson(insert, 10, task.detail());
        insert.executeUpdate();
      }
      try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM operator_tasks WHERE idempotency_key = ?")) {
        select.setString(1, idempotencyKey);
        try (ResultSet rs = select.executeQuery()) {
          rs.next();
          return task(rs);
        }
      }
    });
  }

  /** The open tasks, newest first (the dashboard's operations page). */
  public List<OperatorTask> open() {
    return Jdbc.withConnection(dataSource, "list open operator tasks", connection -> {
      List<OperatorTask> tasks = new ArrayList<>();
      try (PreparedStatement select =
              connection.prepareStatement("SELECT " + COLUMNS + " FROM operator_tasks WHERE status = 'open' ORDER BY created_at DESC, id DESC");
          ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          tasks.add(task(rs));
        }
      }
      return tasks;
    });
  }

  /** Closes an open task; false when it was not open. */
  public boolean close(long id, String closedBy) {
    return Jdbc.withConnection(dataSource, "close an operator task", connection -> {
      try (PreparedStatement update =
          connection.prepareStatement("UPDATE operator_tasks SET status = 'done', closed_at = ?, closed_by = ? WHERE id = ? AND status = 'open'")) {
        Jdbc.setInstant(update, 1, clock.instant());
        update.setString(2, closedBy);
        update.setLong(3, id);
        return update.executeUpdate() == 1;
      }
    });
  }

  /** The task with this id. */
  public Optional<OperatorTask> find(long id) {
    return Jdbc.withConnection(dataSource, "read an operator task", connection -> {
      try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM operator_tasks WHERE id = ?")) {
        select.setLong(1, id);
        try (ResultSet rs = select.executeQuery()) {
          return rs.next() ? Optional.of(task(rs)) : Optional.<OperatorTask>empty();
        }
      }
    });
  }

  private static OperatorTask task(ResultSet rs) throws SQLException {
    long alert = rs.getLong("alert_id");
    Long alertId = rs.wasNull() ? null : alert;
    return new OperatorTask(
        rs.getLong("id"), Jdbc.instant(rs, "created_at"), rs.getString("status"), rs.getString("kind"), rs.getString("title"),
        rs.getString("workflow"), rs.getString("execution_arn"), rs.getString("subject"), alertId, rs.getString("task_token"),
        Jdbc.json(rs, "detail"));
  }
}
