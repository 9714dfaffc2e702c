package dev.opsflow.local.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.local.engine.StateMachineRecord;
import dev.opsflow.local.engine.StateMachineType;
import dev.opsflow.shared.json.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The state machine tables: {@code state_machine_revisions} (every definition ever saved, never deleted),
 * {@code state_machines} (each ARN's current revision) and {@code state_machine_versions} (published numbers).
 */
final class StateMachineRows {
  private static final String REVISION_COLUMNS = """
      r.revision_id, r.arn, r.name, r.type, r.definition, r.role_arn, r.creation_date,
      r.logging_configuration, r.tracing_configuration, r.tags""";
  private static final String VERSIONS = "SELECT " + REVISION_COLUMNS + """
      , v.state_machine_arn, v.version, v.description
        FROM state_machine_versions v JOIN state_machine_revisions r ON r.revision_id = v.revision_id""";

  private StateMachineRows() {}

  static void insertRevision(Connection connection, StateMachineRecord machine) throws SQLException {
    String sql = """
        INSERT INTO state_machine_revisions
          (revision_id, arn, name, type, definition, role_arn, creation_date,
           logging_configuration, tracing_configuration, tags)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?::json, ?::json, ?::json)
        ON CONFLICT (revision_id) DO NOTHING
        """;
    try (PreparedStatement insert = connection.prepareStatement(sql)) {
      insert.setString(1, machine.revisionId());
      insert.setString(2, machine.arn());
      insert.setString(3, machine.name());
      insert.setString(4, machine.type().name());
      insert.setString(5, machine.definition());
      insert.setString(6, machine.roleArn());
      Jdbc.setInstant(insert, 7, machine.creationDate());
      JsonColumns.set(insert, 8, machine.loggingConfiguration());
      JsonColumns.set(insert, 9, machine.tracingConfiguration());
      JsonColumns.set(insert, 10, Json.MAPPER.valueToTree(machine.tags()));
      insert.executeUpdate();
    }
  }

  /** Registers a new ARN at {@code revisionId}; false when the ARN exists. */
  static boolean insertMachine(Connection connection, StateMachineRecord machine) throws SQLException {
    String sql = """
        INSERT INTO state_machines (arn, name, current_revision_id) VALUES (?, ?, ?)
        ON CONFLICT (arn) DO NOTHING
        """;
    try (PreparedStatement insert = connection.prepareStatement(sql)) {
      insert.setString(1, machine.arn());
      insert.setString(2, machine.name());
      insert.setString(3, machine.revisionId());
      return insert.executeUpdate() == 1;
    }
  }

  /** Points an existing ARN at {@code revisionId}; false when the ARN is unknown. */
  static boolean setCurrent(Connection connection, StateMachineRecord machine) throws SQLException {
    String sql = "UPDATE state_machines SET current_revision_id = ? WHERE arn = ?";
    try (PreparedStatement update = connection.prepareStatement(sql)) {
      update.setString(1, machine.revisionId());
      update.setString(2, machine.arn());
      return update.executeUpdate() == 1;
    }
  }

  static boolean deleteMachine(Connection connection, String arn) throws SQLException {
    try (PreparedStatement delete = connection.prepareStatement("DELETE FROM state_machines WHERE arn = ?")) {
      delete.setString(1, arn);
      return delete.executeUpdate() == 1;
    }
  }

  static Optional<StateMachineRecord> current(Connection connection, String arn) throws SQLException {
    String sql = "SELECT " + REVISION_COLUMNS + """

          FROM state_machines m JOIN state_machine_revisions r ON r.revision_id = m.current_revision_id
         WHERE m.arn = ?
        """;
    return first(query(connection, sql, false, select -> select.setString(1, arn)));
  }

  /** Current revisions of all machines, by name. */
  static List<StateMachineRecord> all(Connection connection) throws SQLException {
    String sql = "SELECT " + REVISION_COLUMNS + """

          FROM state_machines m JOIN state_machine_revisions r ON r.revision_id = m.current_revision_id
         ORDER BY m.name, m.arn
        """;
    return query(connection, sql, false, select -> {});
  }

  static Optional<StateMachineRecord> revision(Connection connection, String revisionId) throws SQLException {
    String sql = "SELECT " + REVISION_COLUMNS + " FROM state_machine_revisions r WHERE r.revision_id = ?";
    return first(query(connection, sql, false, select -> select.setString(1, revisionId)));
  }

  /** Locks the machine's row (so two publishes number their versions one after the other). */
  static Optional<String> lockCurrentRevision(Connection connection, String arn) throws SQLException {
    String sql = "SELECT current_revision_id FROM state_machines WHERE arn = ? FOR UPDATE";
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      select.setString(1, arn);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
      }
    }
  }

  /** Publishes {@code revisionId} as the machine's next version number and returns that number. */
  static int insertNextVersion(Connection connection, String arn, String revisionId, String description) throws SQLException {
    String sql = """
        INSERT INTO state_machine_versions (state_machine_arn, version, revision_id, description)
        SELECT ?, COALESCE(max(version), 0) + 1, ?, ? FROM state_machine_versions WHERE state_machine_arn = ?
        RETURNING version
        """;
    try (PreparedStatement insert = connection.prepareStatement(sql)) {
      insert.setString(1, arn);
      insert.setString(2, revisionId);
      insert.setString(3, description);
      insert.setString(4, arn);
      try (ResultSet row = insert.executeQuery()) {
        row.next();
        return row.getInt(1);
      }
    }
  }

  /** Published versions of {@code arn}, newest first. */
  static List<StateMachineRecord> versions(Connection connection, String arn) throws SQLException {
    String sql = VERSIONS + " WHERE v.state_machine_arn = ? ORDER BY v.version DESC";
    return query(connection, sql, true, select -> select.setString(1, arn));
  }

  static Optional<StateMachineRecord> version(Connection connection, String arn, int version) throws SQLException {
    String sql = VERSIONS + " WHERE v.state_machine_arn = ? AND v.version = ?";
    return first(
        query(
            connection,
            sql,
            true,
            select -> {
              select.setString(1, arn);
              select.setInt(2, version);
            }));
  }

  @FunctionalInterface
  private interface Binder {
    void bind(PreparedStatement statement) throws SQLException;
  }

  private static List<StateMachineRecord> query(Connection connection, String sql, boolean versioned, Binder binder)
      throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      binder.bind(select);
      List<StateMachineRecord> records = new ArrayList<>();
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          records.add(record(row, versioned));
        }
      }
      return records;
    }
  }

  private static StateMachineRecord record(ResultSet row, boolean versioned) throws SQLException {
    Integer version = versioned ? row.getInt("version") : null;
    return new StateMachineRecord(
        versioned ? row.getString("state_machine_arn") + ":" + version : row.getString("arn"),
        row.getString("name"),
        StateMachineType.valueOf(row.getString("type")),
        row.getString("definition"),
        row.getString("role_arn"),
        row.getString("revision_id"),
        Jdbc.instant(row, "creation_date"),
        JsonColumns.object(row, "logging_configuration"),
        JsonColumns.object(row, "tracing_configuration"),
        version,
        versioned ? row.getString("description") : null,
        tags(JsonColumns.get(row, "tags")));
  }

  private static Map<String, String> tags(JsonNode node) {
    Map<String, String> tags = new LinkedHashMap<>();
    if (node instanceof ObjectNode object) {
      object.properties().forEach(e -> tags.put(e.getKey(), e.getValue().asText()));
    }
    return tags;
  }

  private static <T> Optional<T> first(List<T> list) {
    return list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
  }
}
