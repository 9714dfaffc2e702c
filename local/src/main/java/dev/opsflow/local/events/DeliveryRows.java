package dev.opsflow.local.events;

import dev.opsflow.local.store.Jdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * Claiming and settling rows of {@code bus_deliveries}. A claim counts the attempt and pushes {@code
 * next_attempt_at} past the lease, so the row is not claimed again unless the worker dies; settling is guarded by
 * the owner and attempt, so a worker whose lease ran out cannot overwrite its successor's outcome.
 */
final class DeliveryRows {
  private static final String COLUMNS = "id, event_id, rule_name, rule_arn, target_id, target_arn, input, max_retries, expires_at, attempts";

  private DeliveryRows() {}

  static Optional<Delivery> claim(Connection connection, Instant now, String owner, Instant leaseUntil) throws SQLException {
    String sql = """
        UPDATE bus_deliveries SET attempts = attempts + 1, lease_owner = ?, next_attempt_at = ?
         WHERE id = (SELECT id FROM bus_deliveries
                      WHERE status = 'pending' AND next_attempt_at <= ?
                      ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED)
        RETURNING\s""" + COLUMNS;
    try (PreparedStatement claim = connection.prepareStatement(sql)) {
      claim.setString(1, owner);
      Jdbc.setInstant(claim, 2, leaseUntil);
      Jdbc.setInstant(claim, 3, now);
      try (ResultSet row = claim.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        return Optional.of(new Delivery(
            row.getLong("id"), row.getString("event_id"), row.getString("rule_name"), row.getString("rule_arn"),
            row.getString("target_id"), row.getString("target_arn"), row.getString("input"), row.getInt("max_retries"),
            Jdbc.instant(row, "expires_at"), row.getInt("attempts"), owner));
      }
    }
  }

  static boolean delivered(Connection connection, Delivery d, String result, Instant now) throws SQLException {
    return settle(connection, d, "delivered", now, null, result, now);
  }

  static boolean retryAt(Connection connection, Delivery d, Instant next, String error) throws SQLException {
    return settle(connection, d, "pending", next, error, null, null);
  }

  static boolean dead(Connection connection, Delivery d, String error, Instant now) throws SQLException {
    return settle(connection, d, "dead", now, error, null, now);
  }

  private static boolean settle(
      Connection connection, Delivery d, String status, Instant next, String error, String result, Instant finished) throws SQLException {
    String sql = """
        UPDATE bus_deliveries SET status = ?, next_attempt_at = ?, last_error = coalesce(?, last_error), result = ?,
                                  finished_at = ?, lease_owner = NULL
         WHERE id = ? AND status = 'pending' AND lease_owner = ? AND attempts = ?
        """;
    try (PreparedStatement update = connection.prepareStatement(sql)) {
      update.setString(1, status);
      Jdbc.setInstant(update, 2, next);
      update.setString(3, error);
      update.setString(4, result);
      Jdbc.setInstant(update, 5, finished);
      update.setLong(6, d.id());
      update.setString(7, d.owner());
      update.setInt(8, d.attempts());
      return update.executeUpdate() == 1;
    }
  }

  static Optional<Instant> nextDue(Connection connection) throws SQLException {
    try (PreparedStatement select =
            connection.prepareStatement("SELECT min(next_attempt_at) AS due FROM bus_deliveries WHERE status = 'pending'");
        ResultSet row = select.executeQuery()) {
      row.next();
      return Optional.ofNullable(Jdbc.instant(row, "due"));
    }
  }
}
