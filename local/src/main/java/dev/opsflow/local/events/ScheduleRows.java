package dev.opsflow.local.events;

import dev.opsflow.local.store.Jdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * The {@code bus_schedules} table: each scheduled rule's next slot. A due slot is claimed with {@code FOR UPDATE
 * SKIP LOCKED} in the transaction that fires it and moves it on, so it fires once even with several workers.
 */
final class ScheduleRows {
  /** A claimed due slot. */
  record Due(String ruleName, String expression, Instant slot) {}

  private ScheduleRows() {}

  /** Keeps the row of a scheduled rule: new, or with a changed expression, it starts from {@code first}. */
  static void keep(Connection connection, String ruleName, String expression, Instant first) throws SQLException {
    String sql = """
        INSERT INTO bus_schedules (rule_name, expression, next_fire_at) VALUES (?, ?, ?)
        ON CONFLICT (rule_name) DO UPDATE SET expression = excluded.expression, next_fire_at = excluded.next_fire_at
         WHERE bus_schedules.expression <> excluded.expression
        """;
    try (PreparedStatement upsert = connection.prepareStatement(sql)) {
      upsert.setString(1, ruleName);
      upsert.setString(2, expression);
      Jdbc.setInstant(upsert, 3, first);
      upsert.executeUpdate();
    }
  }

  static void delete(Connection connection, String ruleName) throws SQLException {
    try (PreparedStatement delete = connection.prepareStatement("DELETE FROM bus_schedules WHERE rule_name = ?")) {
      delete.setString(1, ruleName);
      delete.executeUpdate();
    }
  }

  static Optional<Due> claimDue(Connection connection, Instant now) throws SQLException {
    String sql = """
        SELECT rule_name, expression, next_fire_at FROM bus_schedules
         WHERE next_fire_at <= ? ORDER BY next_fire_at, rule_name LIMIT 1 FOR UPDATE SKIP LOCKED
        """;
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      Jdbc.setInstant(select, 1, now);
      try (ResultSet row = select.executeQuery()) {
        return row.next()
            ? Optional.of(new Due(row.getString("rule_name"), row.getString("expression"), Jdbc.instant(row, "next_fire_at")))
            : Optional.empty();
      }
    }
  }

  /** Records the fired slot and the next one (none: the schedule has no slot left). */
  static void advance(Connection connection, String ruleName, Instant fired, Optional<Instant> next) throws SQLException {
    if (next.isEmpty()) {
      delete(connection, ruleName);
      return;
    }
    try (PreparedStatement update =
        connection.prepareStatement("UPDATE bus_schedules SET next_fire_at = ?, last_fired_at = ? WHERE rule_name = ?")) {
      Jdbc.setInstant(update, 1, next.get());
      Jdbc.setInstant(update, 2, fired);
      update.setString(3, ruleName);
      update.executeUpdate();
    }
  }

  static Optional<Instant> nextDue(Connection connection) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement("SELECT min(next_fire_at) AS due FROM bus_schedules");
        ResultSet row = select.executeQuery()) {
      row.next();
      return Optional.ofNullable(Jdbc.instant(row, "due"));
    }
  }
}
