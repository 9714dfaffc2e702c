package dev.opsflow.shared.intake.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.shared.db.Jdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Writes a new revision of a request's record and the record itself in the caller's transaction. The request
 * row is locked first, so concurrent revisions are numbered one after the other and a repeated idempotency key
 * is seen by the second writer instead of colliding with the first.
 */
final class RecordReviser {
  private RecordReviser() {}

  static RequestRevision revise(
      Connection connection,
      String requestId,
      UnaryOperator<ObjectNode> change,
      Actor by,
      String reason,
      String idempotencyKey,
      Instant now)
      throws SQLException {
    ObjectNode current;
    int revision;
    try (PreparedStatement lock = connection.prepareStatement("SELECT revision, record FROM requests WHERE id = ? FOR UPDATE")) {
      lock.setString(1, requestId);
      try (ResultSet row = lock.executeQuery()) {
        if (!row.next()) {
          throw new RequestNotFoundException(requestId);
        }
        revision = row.getInt("revision");
        current = RequestRows.object(row, "record");
      }
    }
    if (idempotencyKey != null) {
      Optional<RequestRevision> done = byKey(connection, idempotencyKey);
      if (done.isPresent()) {
        return done.get();
      }
    }
    ObjectNode next = change.apply(current.deepCopy());
    if (next.equals(current) && revision > 0) {
      // Nothing changed: no revision to write; the latest one stands.
      return latest(connection, requestId, revision);
    }
    int number = revision + 1;
    try (PreparedStatement insert =
        connection.prepareStatement(
            """
            INSERT INTO request_revisions (request_id, revision, record, changed_by, reason, idempotency_key, at)
            VALUES (?, ?, ?::jsonb, ?, ?, ?, ?)""")) {
      insert.setString(1, requestId);
      insert.setInt(2, number);
      Jdbc.setJson(insert, 3, next);
      insert.setString(4, by.wire());
      insert.setString(5, reason);
      insert.setString(6, idempotencyKey);
      Jdbc.setInstant(insert, 7, now);
      insert.executeUpdate();
    }
    try (PreparedStatement update =
        connection.prepareStatement("UPDATE requests SET record = ?::jsonb, revision = ?, updated_at = ? WHERE id = ?")) {
      Jdbc.setJson(update, 1, next);
      update.setInt(2, number);
      Jdbc.setInstant(update, 3, now);
      update.setString(4, requestId);
      update.executeUpdate();
    }
    return new RequestRevision(requestId, number, next, by, reason, now.truncatedTo(java.time.temporal.ChronoUnit.MICROS));
  }

  private static Optional<RequestRevision> byKey(Connection connection, String idempotencyKey) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement("SELECT * FROM request_revisions WHERE idempotency_key = ?")) {
      select.setString(1, idempotencyKey);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? Optional.of(RequestRows.revision(row)) : Optional.empty();
      }
    }
  }

  private static RequestRevision latest(Connection connection, String requestId, int revision) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement("SELECT * FROM request_revisions WHERE request_id = ? AND revision = ?")) {
      select.setString(1, requestId);
      select.setInt(2, revision);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          throw new IllegalStateException("Request " + requestId + " has no revision " + revision);
        }
        return RequestRows.revision(row);
      }
    }
  }
}
