package dev.opsflow.local.store;

import dev.opsflow.local.engine.WorkItem;
import dev.opsflow.local.engine.WorkKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The {@code work_items} table: the engine's queue and timers. Workers claim items with {@code FOR UPDATE
 * SKIP LOCKED} and a lease, so several threads or processes share the queue without claiming an item twice,
 * and an item whose worker died is claimed again once its lease has run out.
 */
final class WorkItemRows {
  private WorkItemRows() {}

  static void insert(Connection connection, List<WorkItem> items) throws SQLException {
    if (items.isEmpty()) {
      return;
    }
    String sql = """
        INSERT INTO work_items (execution_arn, frame_id, frame_seq, kind, due_at, payload)
        VALUES (?, ?, ?, ?, ?, ?::json)
        """;
    try (PreparedStatement insert = connection.prepareStatement(sql)) {
      for (WorkItem item : items) {
        insert.setString(1, item.executionArn());
        insert.setString(2, item.frameId());
        insert.setLong(3, item.frameSeq());
        insert.setString(4, item.kind().name());
        Jdbc.setInstant(insert, 5, item.dueAt());
        JsonColumns.set(insert, 6, item.payload());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  static void delete(Connection connection, long id) throws SQLException {
    try (PreparedStatement delete = connection.prepareStatement("DELETE FROM work_items WHERE id = ?")) {
      delete.setLong(1, id);
      delete.executeUpdate();
    }
  }

  /** Leases the first item due at {@code now} and not leased (or whose lease ran out) to {@code owner}. */
  static Optional<WorkItem> claim(Connection connection, Instant now, String owner, Instant leaseUntil) throws SQLException {
    String sql = """
        UPDATE work_items SET lease_owner = ?, lease_until = ?
         WHERE id = (SELECT id FROM work_items
                      WHERE due_at <= ? AND (lease_until IS NULL OR lease_until <= ?)
                      ORDER BY due_at, id
                      LIMIT 1
                      FOR UPDATE SKIP LOCKED)
        RETURNING id, execution_arn, frame_id, frame_seq, kind, due_at, payload
        """;
    try (PreparedStatement claim = connection.prepareStatement(sql)) {
      claim.setString(1, owner);
      Jdbc.setInstant(claim, 2, leaseUntil);
      Jdbc.setInstant(claim, 3, now);
      Jdbc.setInstant(claim, 4, now);
      try (ResultSet row = claim.executeQuery()) {
        return row.next() ? Optional.of(item(row)) : Optional.empty();
      }
    }
  }

  static void release(Connection connection, long id) throws SQLException {
    String sql = "UPDATE work_items SET lease_owner = NULL, lease_until = NULL WHERE id = ?";
    try (PreparedStatement release = connection.prepareStatement(sql)) {
      release.setLong(1, id);
      release.executeUpdate();
    }
  }

  /** When the first item can next be claimed: its due time, or the end of its lease if that is later. */
  static Optional<Instant> nextClaimable(Connection connection) throws SQLException {
    // Two index lookups instead of a scan: the earliest free item (work_items_due) and the earliest
    // lease to expire among the few leased ones (work_items_leased).
    String sql =
        """
        SELECT LEAST(
                 (SELECT due_at FROM work_items WHERE lease_until IS NULL ORDER BY due_at, id LIMIT 1),
                 (SELECT min(GREATEST(due_at, lease_until)) FROM work_items WHERE lease_until IS NOT NULL)) AS next
        """;
    try (PreparedStatement select = connection.prepareStatement(sql);
        ResultSet row = select.executeQuery()) {
      return row.next() ? Optional.ofNullable(Jdbc.instant(row, "next")) : Optional.empty();
    }
  }

  private static WorkItem item(ResultSet row) throws SQLException {
    return new WorkItem(
        row.getLong("id"),
        row.getString("execution_arn"),
        row.getString("frame_id"),
        row.getLong("frame_seq"),
        WorkKind.valueOf(row.getString("kind")),
        Jdbc.instant(row, "due_at"),
        JsonColumns.get(row, "payload"));
  }
}
