package dev.opsflow.local.store;

import dev.opsflow.local.engine.ExecutionState;
import dev.opsflow.local.engine.ExecutionStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code executions} table: one row per execution, its searchable columns and its checkpoint. */
final class ExecutionRows {
  /** Where a page of executions (newest first) resumes: after this start time and ARN. */
  record PageStart(Instant startTime, String arn) {}

  /** A row read for a listing: the state and the key the next page starts after. */
  record Listed(ExecutionState state, PageStart key) {}

  private ExecutionRows() {}

  /** Inserts a new execution at version 0; false when one of that ARN exists. */
  static boolean insert(Connection connection, ExecutionState state) throws SQLException {
    String sql = """
        INSERT INTO executions
          (arn, state_machine_arn, name, status, business_key, start_time, stop_time, version, checkpoint)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::json)
        ON CONFLICT (arn) DO NOTHING
        """;
    try (PreparedStatement insert = connection.prepareStatement(sql)) {
      insert.setString(1, state.executionArn());
      insert.setString(2, state.stateMachineArn());
      insert.setString(3, state.name());
      insert.setString(4, state.status().name());
      insert.setString(5, state.businessKey());
      Jdbc.setInstant(insert, 6, state.startTime());
      Jdbc.setInstant(insert, 7, state.stopTime());
      insert.setLong(8, state.version());
      insert.setString(9, Checkpoints.write(state, state.version()));
      return insert.executeUpdate() == 1;
    }
  }

  /**
   * Saves {@code state} as version {@code state.version() + 1} if the stored row is still at {@code
   * state.version()}; false (changing nothing) when someone else committed first.
   */
  static boolean update(Connection connection, ExecutionState state) throws SQLException {
    String sql = """
        UPDATE executions
           SET status = ?, business_key = ?, stop_time = ?, version = version + 1, checkpoint = ?::json
         WHERE arn = ? AND version = ?
        """;
    try (PreparedStatement update = connection.prepareStatement(sql)) {
      update.setString(1, state.status().name());
      update.setString(2, state.businessKey());
      Jdbc.setInstant(update, 3, state.stopTime());
      update.setString(4, Checkpoints.write(state, state.version() + 1));
      update.setString(5, state.executionArn());
      update.setLong(6, state.version());
      return update.executeUpdate() == 1;
    }
  }

  static Optional<ExecutionState> find(Connection connection, String arn) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement("SELECT version, checkpoint FROM executions WHERE arn = ?")) {
      select.setString(1, arn);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? Optional.of(Checkpoints.read(row.getString("checkpoint"), row.getLong("version"))) : Optional.empty();
      }
    }
  }

  /** Up to {@code limit} executions matching the filters (each may be null), newest first, after {@code after}. */
  static List<Listed> page(
      Connection connection, String stateMachineArn, ExecutionStatus status, String businessKey, PageStart after, int limit)
      throws SQLException {
    List<String> conditions = new ArrayList<>();
    List<Object> values = new ArrayList<>();
    if (stateMachineArn != null) {
      conditions.add("state_machine_arn = ?");
      values.add(stateMachineArn);
    }
    if (status != null) {
      conditions.add("status = ?");
      values.add(status.name());
    }
    if (businessKey != null) {
      conditions.add("business_key = ?");
      values.add(businessKey);
    }
    if (after != null) {
      conditions.add("(start_time, arn) < (?, ?)");
      values.add(after.startTime());
      values.add(after.arn());
    }
    String where = conditions.isEmpty() ? "" : "WHERE " + String.join(" AND ", conditions);
    String sql = """
        SELECT arn, start_time, version, checkpoint FROM executions %s
         ORDER BY start_time DESC, arn DESC
         LIMIT ?
        """.formatted(where);
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      int index = 1;
      for (Object value : values) {
        if (value instanceof Instant instant) {
          Jdbc.setInstant(select, index++, instant);
        } else {
          select.setString(index++, (String) value);
        }
      }
      select.setInt(index, limit);
      List<Listed> listed = new ArrayList<>();
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          ExecutionState state = Checkpoints.read(row.getString("checkpoint"), row.getLong("version"));
          listed.add(new Listed(state, new PageStart(Jdbc.instant(row, "start_time"), row.getString("arn"))));
        }
      }
      return listed;
    }
  }

  /** Deletes closed executions that stopped before {@code cutoff}, with their history, work and tokens. */
  static int deleteClosedBefore(Connection connection, Instant cutoff) throws SQLException {
    String sql = "DELETE FROM executions WHERE stop_time < ? AND status NOT IN ('RUNNING', 'PENDING_REDRIVE')";
    try (PreparedStatement delete = connection.prepareStatement(sql)) {
      Jdbc.setInstant(delete, 1, cutoff);
      return delete.executeUpdate();
    }
  }
}
