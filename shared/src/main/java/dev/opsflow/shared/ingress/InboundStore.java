package dev.opsflow.shared.ingress;

import dev.opsflow.shared.db.Jdbc;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The durable record of inbound messages ({@code inbound_messages}): ingress records a message here before it
 * answers the sender, operators list and replay from here. Recording is idempotent on (channel, source id): the
 * second delivery of a message gets the first one's row back, marked {@code duplicate}.
 */
public final class InboundStore {
  private final DataSource dataSource;
  private final Clock clock;

  public InboundStore(DataSource dataSource, Clock clock) {
    this.dataSource = dataSource;
    this.clock = clock;
  }

  /** Records {@code message} once; a message with an {@code error} is recorded as failed (visible, not processed). */
  public Recorded record(InboundMessage message) {
    String executionName = message.executionName();
    return Jdbc.withConnection(dataSource, "record an inbound message", c -> {
      try (PreparedStatement insert = c.prepareStatement("""
          INSERT INTO inbound_messages (channel, source, source_id, kind, execution_name, entity_key, received_at, headers,
                                        body, body_ref, body_size, status, next_attempt_at, error, updated_at)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?)
          ON CONFLICT (channel, source_id) DO NOTHING
          RETURNING id, status""")) {
        Instant now = clock.instant();
        InboundStatus status = message.error() == null ? InboundStatus.PENDING : InboundStatus.FAILED;
        insert.setString(1, message.channel().wire());
        insert.setString(2, message.source());
        insert.setString(3, message.sourceId());
        insert.setString(4, message.kind().wire());
        insert.setString(5, executionName);
        insert.setString(6, message.entityKey());
        Jdbc.setInstant(insert, 7, message.receivedAt());
        insert.setString(8, InboundRows.headersJson(message.headers()));
        insert.setString(9, message.body());
        insert.setString(10, message.bodyRef());
        insert.setInt(11, message.bodySize());
        insert.setString(12, status.wire());
        Jdbc.setInstant(insert, 13, now);
        insert.setString(14, message.error());
        Jdbc.setInstant(insert, 15, now);
        try (ResultSet row = insert.executeQuery()) {
          if (row.next()) {
            return new Recorded(row.getLong("id"), executionName, false, InboundStatus.of(row.getString("status")));
          }
        }
      }
      try (PreparedStatement select = c.prepareStatement(
          "SELECT id, execution_name, status FROM inbound_messages WHERE channel = ? AND source_id = ?")) {
        select.setString(1, message.channel().wire());
        select.setString(2, message.sourceId());
        try (ResultSet row = select.executeQuery()) {
          if (!row.next()) {
            throw new java.sql.SQLException("inbound message " + executionName + " conflicted on insert but is not there");
          }
          return new Recorded(row.getLong("id"), row.getString("execution_name"), true, InboundStatus.of(row.getString("status")));
        }
      }
    });
  }

  public Optional<InboundRecord> find(long id) {
    return Jdbc.withConnection(dataSource, "read an inbound message", c -> {
      try (PreparedStatement select = c.prepareStatement("SELECT " + InboundRows.COLUMNS + " FROM inbound_messages WHERE id = ?")) {
        select.setLong(1, id);
        try (ResultSet row = select.executeQuery()) {
          return row.next() ? Optional.of(InboundRows.read(row)) : Optional.empty();
        }
      }
    });
  }

  /** The messages {@code filter} selects, newest first. */
  public List<InboundRecord> list(InboundFilter filter) {
    return Jdbc.withConnection(dataSource, "list inbound messages", c -> {
      try (PreparedStatement select = c.prepareStatement("SELECT " + InboundRows.COLUMNS + """
           FROM inbound_messages
          WHERE (?::text IS NULL OR status = ?) AND (?::text IS NULL OR channel = ?) AND (?::bigint IS NULL OR id < ?)
          ORDER BY id DESC LIMIT ?""")) {
        String status = filter.status() == null ? null : filter.status().wire();
        String channel = filter.channel() == null ? null : filter.channel().wire();
        select.setString(1, status);
        select.setString(2, status);
        select.setString(3, channel);
        select.setString(4, channel);
        select.setObject(5, filter.beforeId());
        select.setObject(6, filter.beforeId());
        select.setInt(7, filter.limit());
        List<InboundRecord> records = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            records.add(InboundRows.read(rows));
          }
        }
        return records;
      }
    });
  }

  /**
   * Puts a failed message back in the queue (attempts reset, error kept until the next attempt replaces it);
   * false when there is no failed message {@code id}. Processed messages are not replayed: that would publish
   * them a second time.
   */
  public boolean replay(long id) {
    return Jdbc.withConnection(dataSource, "replay an inbound message", c -> {
      try (PreparedStatement update = c.prepareStatement("""
          UPDATE inbound_messages SET status = 'pending', attempts = 0, next_attempt_at = ?, updated_at = ?
           WHERE id = ? AND status = 'failed'""")) {
        Instant now = clock.instant();
        Jdbc.setInstant(update, 1, now);
        Jdbc.setInstant(update, 2, now);
        update.setLong(3, id);
        return update.executeUpdate() == 1;
      }
    });
  }
}
