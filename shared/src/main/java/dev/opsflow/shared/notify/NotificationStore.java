package dev.opsflow.shared.notify;

import dev.opsflow.shared.config.NotificationEvent;
import dev.opsflow.shared.config.NotifyChannel;
import dev.opsflow.shared.db.Jdbc;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The {@code notifications} table: every message opsflow sends or captures, one row per idempotency key. An
 * attempt to send first {@link #claim claims} the row, so two overlapping attempts cannot both send; the
 * dashboard's outbox lists the rows ({@link #recent}).
 */
public final class NotificationStore {
  private final DataSource dataSource;
  private final Clock clock;

  public NotificationStore(DataSource dataSource, Clock clock) {
    this.dataSource = dataSource;
    this.clock = clock;
  }

  public NotificationStore(DataSource dataSource) {
    this(dataSource, Clock.systemUTC());
  }

  /** Records the message as pending unless its key is recorded already; returns the row either way. */
  public NotificationRecord record(Notification n) {
    return Jdbc.withConnection(dataSource, "record notification " + n.idempotencyKey(), connection -> {
      try (PreparedStatement insert = connection.prepareStatement("""
          INSERT INTO notifications (id, request_id, idempotency_key, event, channel, recipient, subject, body, status, created_at)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?) ON CONFLICT (idempotency_key) DO NOTHING""")) {
        insert.setString(1, "ntf-" + UUID.randomUUID());
        insert.setString(2, n.requestId());
        insert.setString(3, n.idempotencyKey());
        insert.setString(4, n.event().wireName());
        insert.setString(5, n.channel().wireName());
        insert.setString(6, n.recipient());
        insert.setString(7, n.subject());
        insert.setString(8, n.body());
        Jdbc.setInstant(insert, 9, clock.instant());
        insert.executeUpdate();
      }
      return one(connection.prepareStatement("SELECT * FROM notifications WHERE idempotency_key = ?"), n.idempotencyKey()).orElseThrow();
    });
  }

  /**
   * Takes the row for one send attempt: pending or failed rows, or a sending row whose attempt started more than
   * {@code staleAfter} ago (that attempt died). Empty when it is delivered or another attempt holds it.
   */
  public Optional<NotificationRecord> claim(String idempotencyKey, Duration staleAfter) {
    Instant now = clock.instant();
    return change("""
        UPDATE notifications SET status = 'sending', attempts = attempts + 1, attempt_started_at = ?
        WHERE idempotency_key = ? AND (status IN ('pending', 'failed') OR (status = 'sending' AND attempt_started_at < ?))
        RETURNING *""", now, idempotencyKey, now.minus(staleAfter));
  }

  /** The provider took (or the outbox kept) the message. */
  public Optional<NotificationRecord> markDelivered(String idempotencyKey, Delivery delivery) {
    return change("""
        UPDATE notifications SET status = ?, provider_message_id = ?, sent_at = ?, error = NULL
        WHERE idempotency_key = ? RETURNING *""",
        delivery.status().wireName(), delivery.providerMessageId(), clock.instant(), idempotencyKey);
  }

  /** The attempt failed with {@code error}; a later attempt may claim the row again. */
  public Optional<NotificationRecord> markFailed(String idempotencyKey, String error) {
    return change("UPDATE notifications SET status = 'failed', error = ? WHERE idempotency_key = ? AND status = 'sending' RETURNING *",
        error, idempotencyKey);
  }

  public Optional<NotificationRecord> find(String idempotencyKey) {
    return query("SELECT * FROM notifications WHERE idempotency_key = ?", idempotencyKey).stream().findFirst();
  }

  /** A request's notifications, oldest first. */
  public List<NotificationRecord> forRequest(String requestId) {
    return query("SELECT * FROM notifications WHERE request_id = ? ORDER BY created_at, id", requestId);
  }

  /** The newest notifications (the outbox view), newest first, at most {@code limit}. */
  public List<NotificationRecord> recent(int limit) {
    return query("SELECT * FROM notifications ORDER BY created_at DESC, id DESC LIMIT ?", Math.max(1, Math.min(limit, 1000)));
  }

  private Optional<NotificationRecord> change(String sql, Object... parameters) {
    return Jdbc.withConnection(dataSource, "update notification", connection -> one(connection.prepareStatement(sql), parameters));
  }

  private List<NotificationRecord> query(String sql, Object... parameters) {
    return Jdbc.withConnection(dataSource, "read notifications", connection -> {
      try (PreparedStatement select = connection.prepareStatement(sql)) {
        bind(select, parameters);
        List<NotificationRecord> records = new ArrayList<>();
        try (ResultSet row = select.executeQuery()) {
          while (row.next()) {
            records.add(record(row));
          }
        }
        return records;
      }
    });
  }

  private static Optional<NotificationRecord> one(PreparedStatement statement, Object... parameters) throws SQLException {
    try (statement) {
      bind(statement, parameters);
      try (ResultSet row = statement.executeQuery()) {
        return row.next() ? Optional.of(record(row)) : Optional.empty();
      }
    }
  }

  private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
    for (int i = 0; i < parameters.length; i++) {
      if (parameters[i] instanceof Instant instant) {
        Jdbc.setInstant(statement, i + 1, instant);
      } else {
        statement.setObject(i + 1, parameters[i]);
      }
    }
  }

  private static NotificationRecord record(ResultSet row) throws SQLException {
    return new NotificationRecord(
        row.getString("id"),
        row.getString("request_id"),
        row.getString("idempotency_key"),
        NotificationEvent.fromWire(row.getString("event")),
        NotifyChannel.valueOf(row.getString("channel").toUpperCase(java.util.Locale.ROOT)),
        row.getString("recipient"),
        row.getString("subject"),
        row.getString("body"),
        NotificationStatus.fromWire(row.getString("status")),
        row.getInt("attempts"),
        row.getString("provider_message_id"),
        row.getString("error"),
        Jdbc.instant(row, "created_at"),
        Jdbc.instant(row, "sent_at"));
  }
}
