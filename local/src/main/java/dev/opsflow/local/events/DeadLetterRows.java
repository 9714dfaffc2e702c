package dev.opsflow.local.events;

import dev.opsflow.local.store.Jdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code bus_dead_letters} table. */
final class DeadLetterRows {
  private static final String SELECT = """
      SELECT d.id, d.event_id, e.event_bus, e.event, d.reason, d.error_code, d.error_message, d.rule_name, d.target_id,
             d.target_arn, d.attempts, d.dead_at, d.replayed_at, d.replay_note, d.delivery_id
        FROM bus_dead_letters d JOIN bus_events e ON e.id = d.event_id
      """;

  /** A new dead letter; {@code deliveryId}, rule and target are null for an unmatched event. */
  record NewDeadLetter(
      String eventId, Long deliveryId, DeadLetterReason reason, String errorCode, String errorMessage, String ruleName,
      String targetId, String targetArn, int attempts) {}

  private DeadLetterRows() {}

  static long insert(Connection connection, NewDeadLetter d, Instant now) throws SQLException {
    String sql = """
        INSERT INTO bus_dead_letters (event_id, delivery_id, reason, error_code, error_message, rule_name, target_id,
                                      target_arn, attempts, dead_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
        """;
    try (PreparedStatement insert = connection.prepareStatement(sql)) {
      insert.setString(1, d.eventId());
      if (d.deliveryId() == null) {
        insert.setNull(2, Types.BIGINT);
      } else {
        insert.setLong(2, d.deliveryId());
      }
      insert.setString(3, d.reason().name());
      insert.setString(4, d.errorCode());
      insert.setString(5, d.errorMessage());
      insert.setString(6, d.ruleName());
      insert.setString(7, d.targetId());
      insert.setString(8, d.targetArn());
      insert.setInt(9, d.attempts());
      Jdbc.setInstant(insert, 10, now);
      try (ResultSet row = insert.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  /** Newest first; with {@code includeReplayed} false only those not replayed yet. */
  static List<DeadLetter> list(Connection connection, boolean includeReplayed, int limit) throws SQLException {
    String sql = SELECT + (includeReplayed ? "" : " WHERE d.replayed_at IS NULL") + " ORDER BY d.dead_at DESC, d.id DESC LIMIT ?";
    List<DeadLetter> letters = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      select.setInt(1, limit);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          letters.add(letter(row));
        }
      }
    }
    return letters;
  }

  /** The dead letter {@code id}, locked for update when {@code lock}; also its delivery id (may be null). */
  static Optional<DeadLetter> find(Connection connection, long id, boolean lock) throws SQLException {
    String sql = SELECT + " WHERE d.id = ?" + (lock ? " FOR UPDATE OF d" : "");
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      select.setLong(1, id);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? Optional.of(letter(row)) : Optional.empty();
      }
    }
  }

  static Long deliveryId(Connection connection, long id) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement("SELECT delivery_id FROM bus_dead_letters WHERE id = ?")) {
      select.setLong(1, id);
      try (ResultSet row = select.executeQuery()) {
        row.next();
        long value = row.getLong(1);
        return row.wasNull() ? null : value;
      }
    }
  }

  static void markReplayed(Connection connection, long id, Instant now, String note) throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement("UPDATE bus_dead_letters SET replayed_at = ?, replay_note = ? WHERE id = ?")) {
      Jdbc.setInstant(update, 1, now);
      update.setString(2, note);
      update.setLong(3, id);
      update.executeUpdate();
    }
  }

  private static DeadLetter letter(ResultSet row) throws SQLException {
    return new DeadLetter(
        row.getLong("id"),
        row.getString("event_id"),
        row.getString("event_bus"),
        TargetInputs.parseStored(row.getString("event")),
        DeadLetterReason.valueOf(row.getString("reason")),
        row.getString("error_code"),
        row.getString("error_message"),
        row.getString("rule_name"),
        row.getString("target_id"),
        row.getString("target_arn"),
        row.getInt("attempts"),
        Jdbc.instant(row, "dead_at"),
        Jdbc.instant(row, "replayed_at"),
        row.getString("replay_note"));
  }
}
