package dev.opsflow.local.events;

import dev.opsflow.local.store.Jdbc;
import dev.opsflow.shared.json.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The {@code bus_rules} table and its version counter. */
final class RuleRows {
  private RuleRows() {}

  static long version(Connection connection) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement("SELECT version FROM bus_rules_version WHERE id = 1");
        ResultSet row = select.executeQuery()) {
      row.next();
      return row.getLong(1);
    }
  }

  /** Bumps the version; called in the transaction of every change, so readers reload. */
  static void bump(Connection connection) throws SQLException {
    try (PreparedStatement update = connection.prepareStatement("UPDATE bus_rules_version SET version = version + 1 WHERE id = 1")) {
      update.executeUpdate();
    }
  }

  static List<EventRule> all(Connection connection) throws SQLException {
    List<EventRule> rules = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement("SELECT rule FROM bus_rules ORDER BY event_bus, name");
        ResultSet row = select.executeQuery()) {
      while (row.next()) {
        rules.add(RuleJson.read(Json.parse(row.getString("rule"))));
      }
    }
    return rules;
  }

  static void upsert(Connection connection, EventRule rule, String origin, Instant now) throws SQLException {
    String sql = """
        INSERT INTO bus_rules (event_bus, name, origin, rule, updated_at) VALUES (?, ?, ?, ?::json, ?)
        ON CONFLICT (event_bus, name) DO UPDATE SET origin = excluded.origin, rule = excluded.rule, updated_at = excluded.updated_at
        """;
    try (PreparedStatement upsert = connection.prepareStatement(sql)) {
      upsert.setString(1, rule.eventBus());
      upsert.setString(2, rule.name());
      upsert.setString(3, origin);
      upsert.setString(4, Json.write(RuleJson.write(rule)));
      Jdbc.setInstant(upsert, 5, now);
      upsert.executeUpdate();
    }
  }

  static boolean delete(Connection connection, String bus, String name) throws SQLException {
    try (PreparedStatement delete = connection.prepareStatement("DELETE FROM bus_rules WHERE event_bus = ? AND name = ?")) {
      delete.setString(1, bus);
      delete.setString(2, name);
      return delete.executeUpdate() > 0;
    }
  }

  /** Names (bus, name) of the rules that came from files. */
  static List<String[]> fileRules(Connection connection) throws SQLException {
    List<String[]> keys = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement("SELECT event_bus, name FROM bus_rules WHERE origin = 'file'");
        ResultSet row = select.executeQuery()) {
      while (row.next()) {
        keys.add(new String[] {row.getString(1), row.getString(2)});
      }
    }
    return keys;
  }
}
