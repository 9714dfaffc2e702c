package dev.opsflow.local.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flywaydb.core.api.MigrationVersion;

/** What a logical backup reads from PostgreSQL's catalog about the {@code public} schema. */
final class Catalog {
  private Catalog() {}

  /** The schema's tables, each after the tables its foreign keys reference (so loading in this order satisfies them). */
  static List<String> tablesInLoadOrder(Connection connection) throws SQLException {
    List<String> tables = strings(connection, "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename");
    Map<String, Set<String>> references = new HashMap<>();
    try (PreparedStatement select = connection.prepareStatement("""
        SELECT child.relname, parent.relname FROM pg_constraint c
        JOIN pg_class child ON child.oid = c.conrelid JOIN pg_class parent ON parent.oid = c.confrelid
        WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace AND c.conrelid <> c.confrelid""");
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        references.computeIfAbsent(rows.getString(1), t -> new HashSet<>()).add(rows.getString(2));
      }
    }
    List<String> ordered = new ArrayList<>();
    Set<String> placed = new HashSet<>();
    while (ordered.size() < tables.size()) {
      int before = ordered.size();
      for (String table : tables) {
        if (!placed.contains(table) && placed.containsAll(references.getOrDefault(table, Set.of()))) {
          ordered.add(table);
          placed.add(table);
        }
      }
      if (ordered.size() == before) {
        // A cycle of foreign keys: the rest in name order (the restore disables triggers where it may).
        tables.stream().filter(t -> !placed.contains(t)).forEach(t -> {
          ordered.add(t);
          placed.add(t);
        });
      }
    }
    return ordered;
  }

  /** Each sequence of the schema that has been used, with its last value. */
  static Map<String, Long> sequencePositions(Connection connection) throws SQLException {
    Map<String, Long> positions = new LinkedHashMap<>();
    try (PreparedStatement select = connection.prepareStatement(
            "SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = 'public' AND last_value IS NOT NULL ORDER BY sequencename");
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        positions.put(rows.getString(1), rows.getLong(2));
      }
    }
    return positions;
  }

  /** The highest Flyway version applied, or null when Flyway has not run. */
  static String schemaVersion(Connection connection, List<String> tables) throws SQLException {
    if (!tables.contains("flyway_schema_history")) {
      return null;
    }
    MigrationVersion highest = null;
    for (String version : strings(connection, "SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL")) {
      MigrationVersion candidate = MigrationVersion.fromVersion(version);
      if (highest == null || candidate.compareTo(highest) > 0) {
        highest = candidate;
      }
    }
    return highest == null ? null : highest.getVersion();
  }

  static String serverVersion(Connection connection) throws SQLException {
    return strings(connection, "SHOW server_version").get(0);
  }

  static int serverMajor(Connection connection) throws SQLException {
    return Integer.parseInt(strings(connection, "SHOW server_version_num").get(0)) / 10000;
  }

  static String quoted(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }

  private static List<String> strings(Connection connection, String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(sql); ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }
}
