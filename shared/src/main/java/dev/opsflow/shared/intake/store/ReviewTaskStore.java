package dev.opsflow.shared.intake.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.opsflow.shared.db.Jdbc;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Review, approval and acknowledge tasks: the dashboard's inbox over the task tokens a workflow waits on.
 * Opening is idempotent by key; when the waiting state was retried (Step Functions then issues a new token) the
 * still-pending task takes the new token, so staff always answer the token the execution waits for. Claims and
 * completions are conditional updates: two users cannot both complete one task.
 */
public final class ReviewTaskStore {
  private final DataSource dataSource;
  private final Clock clock;

  public ReviewTaskStore(DataSource dataSource, Clock clock) {
    this.dataSource = dataSource;
    this.clock = clock;
  }

  public ReviewTaskStore(DataSource dataSource) {
    this(dataSource, Clock.systemUTC());
  }

  /** Opens the task, or returns the one its idempotency key already opened (with the newer token if still pending). */
  public ReviewTask open(NewReviewTask task) {
    return Jdbc.inTransaction(dataSource, "open review task for " + task.requestId(), connection -> {
      try (PreparedStatement insert =
          connection.prepareStatement(
              """
              INSERT INTO review_tasks (id, request_id, kind, task_token, status, missing_fields, draft, idempotency_key, created_at)
              VALUES (?, ?, ?, ?, 'open', ?::jsonb, ?::jsonb, ?, ?)
              ON CONFLICT (idempotency_key) DO UPDATE SET task_token = EXCLUDED.task_token
                WHERE review_tasks.status IN ('open', 'claimed')""")) {
        insert.setString(1, "task-" + UUID.randomUUID());
        insert.setString(2, task.requestId());
        insert.setString(3, task.kind().wireName());
        insert.setString(4, task.taskToken());
        Jdbc.setJson(insert, 5, stringArray(task.missingFields()));
        Jdbc.setJson(insert, 6, task.draft());
        insert.setString(7, task.idempotencyKey());
        Jdbc.setInstant(insert, 8, clock.instant());
        insert.executeUpdate();
      }
      return one(connection.prepareStatement("SELECT * FROM review_tasks WHERE idempotency_key = ?"), task.idempotencyKey())
          .orElseThrow();
    });
  }

  public Optional<ReviewTask> find(String taskId) {
    return query("SELECT * FROM review_tasks WHERE id = ?", taskId).stream().findFirst();
  }

  public Optional<ReviewTask> findByToken(String taskToken) {
    return query("SELECT * FROM review_tasks WHERE task_token = ?", taskToken).stream().findFirst();
  }

  /** Every task of a request, oldest first. */
  public List<ReviewTask> forRequest(String requestId) {
    return query("SELECT * FROM review_tasks WHERE request_id = ? ORDER BY created_at, id", requestId);
  }

  /** Open and claimed tasks, oldest first (the inbox), at most {@code limit}. */
  public List<ReviewTask> pending(int limit) {
    return query("SELECT * FROM review_tasks WHERE status IN ('open', 'claimed') ORDER BY created_at, id LIMIT "
        + Math.max(1, Math.min(limit, 1000)));
  }

  /** {@code user} takes the task (or already holds it); empty when it is done or someone else holds it. */
  public Optional<ReviewTask> claim(String taskId, String user) {
    return change("""
        UPDATE review_tasks SET status = 'claimed', claimed_by = ?, claimed_at = ?
        WHERE id = ? AND (status = 'open' OR (status = 'claimed' AND claimed_by = ?)) RETURNING *""",
        user, clock.instant(), taskId, user);
  }

  /** Gives a claimed task back to the inbox; empty unless {@code user} held it. */
  public Optional<ReviewTask> release(String taskId, String user) {
    return change("""
        UPDATE review_tasks SET status = 'open', claimed_by = NULL, claimed_at = NULL
        WHERE id = ? AND status = 'claimed' AND claimed_by = ? RETURNING *""", taskId, user);
  }

  /** Completes the task with {@code outcome}; empty when it is no longer pending or another user holds it. */
  public Optional<ReviewTask> complete(String taskId, String user, JsonNode outcome) {
    return finish(taskId, user, outcome, ReviewTaskStatus.COMPLETED);
  }

  /** Rejects the task (an approval refused, say); same conditions as {@link #complete}. */
  public Optional<ReviewTask> reject(String taskId, String user, JsonNode outcome) {
    return finish(taskId, user, outcome, ReviewTaskStatus.REJECTED);
  }

  /** Marks a pending task expired (the workflow's wait timed out); empty when it was already finished. */
  public Optional<ReviewTask> expireByToken(String taskToken) {
    return change("""
        UPDATE review_tasks SET status = 'expired', completed_at = ?
        WHERE task_token = ? AND status IN ('open', 'claimed') RETURNING *""", clock.instant(), taskToken);
  }

  private Optional<ReviewTask> finish(String taskId, String user, JsonNode outcome, ReviewTaskStatus status) {
    return change("""
        UPDATE review_tasks SET status = ?, completed_at = ?, completed_by = ?, outcome = ?::jsonb
        WHERE id = ? AND (status = 'open' OR (status = 'claimed' AND claimed_by = ?)) RETURNING *""",
        status.wireName(), clock.instant(), user, outcome, taskId, user);
  }

  private Optional<ReviewTask> change(String sql, Object... parameters) {
    return Jdbc.withConnection(dataSource, "update review task", connection -> one(connection.prepareStatement(sql), parameters));
  }

  private List<ReviewTask> query(String sql, Object... parameters) {
    return Jdbc.withConnection(dataSource, "read review tasks", connection -> {
      try (PreparedStatement select = connection.prepareStatement(sql)) {
        bind(select, parameters);
        List<ReviewTask> tasks = new ArrayList<>();
        try (ResultSet row = select.executeQuery()) {
          while (row.next()) {
            tasks.add(ReviewTaskRows.task(row));
          }
        }
        return tasks;
      }
    });
  }

  private static Optional<ReviewTask> one(PreparedStatement statement, Object... parameters) throws SQLException {
    try (statement) {
      bind(statement, parameters);
      try (ResultSet row = statement.executeQuery()) {
        return row.next() ? Optional.of(ReviewTaskRows.task(row)) : Optional.empty();
      }
    }
  }

  private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
    for (int i = 0; i < parameters.length; i++) {
      switch (parameters[i]) {
        case Instant instant -> Jdbc.setInstant(statement, i + 1, instant);
        case JsonNode json -> Jdbc.setJson(statement, i + 1, json);
        case null -> statement.setNull(i + 1, java.sql.Types.VARCHAR);
        default -> statement.setString(i + 1, parameters[i].toString());
      }
    }
  }

  private static ArrayNode stringArray(List<String> values) {
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    values.forEach(array::add);
    return array;
  }
}
