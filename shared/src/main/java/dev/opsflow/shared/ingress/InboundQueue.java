package dev.opsflow.shared.ingress;

import dev.opsflow.shared.db.Jdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Processes recorded messages: publishes each to the bus and records the outcome. Locally this is the queue
 * itself ({@link #processBatch}: claim due rows with {@code FOR UPDATE SKIP LOCKED}); in AWS an SQS message names
 * the row ({@link #processOne}) and a schedule sweeps what SQS missed with {@link #processBatch}.
 *
 * <p>Claim, publish and mark happen in one transaction, so a crash before the commit leaves the row pending and it
 * is published again (at least once; the event carries the execution name, so a consumer can tell). A row with an
 * entity key is claimable only when no older row of that key is pending, so one entity's events are published in
 * arrival order, and a failing one holds the rest of its entity back until it succeeds or is given up (as an SQS
 * FIFO message group does).
 */
public final class InboundQueue {
  private static final Logger LOG = LoggerFactory.getLogger(InboundQueue.class);
  private static final String CLAIMABLE = """
      m.status = 'pending' AND m.next_attempt_at <= ?
        AND (m.entity_key IS NULL OR NOT EXISTS (
          SELECT 1 FROM inbound_messages o WHERE o.entity_key = m.entity_key AND o.status = 'pending' AND o.id < m.id))""";

  private final DataSource dataSource;
  private final Clock clock;
  private final InboundPublisher publisher;
  private final IngressSettings settings;

  public InboundQueue(DataSource dataSource, Clock clock, InboundPublisher publisher, IngressSettings settings) {
    this.dataSource = dataSource;
    this.clock = clock;
    this.publisher = publisher;
    this.settings = settings;
  }

  /** What {@link #processOne} did. */
  public enum Outcome {
    PROCESSED,
    /** Already processed or failed (a redelivered queue message): nothing done. */
    ALREADY_DONE,
    /** An older message of its entity is still pending: try again after it. */
    WAITING_FOR_OLDER,
    RETRY_LATER,
    FAILED,
    NOT_FOUND
  }

  /** Claims up to {@code max} (at most 10) due messages, publishes them in one PutEvents and records the outcomes. */
  public int processBatch(int max) {
    int limit = Math.min(max, InboundPublisher.MAX_BATCH);
    return Jdbc.inTransaction(dataSource, "process inbound messages", c -> {
      List<InboundRecord> claimed = new ArrayList<>();
      try (PreparedStatement select = c.prepareStatement(
          "SELECT " + InboundRows.COLUMNS + " FROM inbound_messages m WHERE " + CLAIMABLE + " ORDER BY m.id LIMIT ? FOR UPDATE SKIP LOCKED")) {
        Jdbc.setInstant(select, 1, clock.instant());
        select.setInt(2, limit);
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            claimed.add(InboundRows.read(rows));
          }
        }
      }
      publishAndMark(c, claimed);
      return claimed.size();
    });
  }

  /** Processes message {@code id} if it is due and claimable (the SQS path; safe to call again for the same id). */
  public Outcome processOne(long id) {
    return Jdbc.inTransaction(dataSource, "process inbound message " + id, c -> {
      InboundRecord record;
      try (PreparedStatement select = c.prepareStatement("SELECT " + InboundRows.COLUMNS + " FROM inbound_messages WHERE id = ? FOR UPDATE")) {
        select.setLong(1, id);
        try (ResultSet row = select.executeQuery()) {
          if (!row.next()) {
            return Outcome.NOT_FOUND;
          }
          record = InboundRows.read(row);
        }
      }
      if (record.status() != InboundStatus.PENDING) {
        return Outcome.ALREADY_DONE;
      }
      if (record.entityKey() != null && olderPending(c, record)) {
        return Outcome.WAITING_FOR_OLDER;
      }
      return publishAndMark(c, List.of(record)).getFirst();
    });
  }

  /** When the next pending message falls due, if one is pending. */
  public Optional<Instant> nextDue() {
    return Jdbc.withConnection(dataSource, "find the next due inbound message", c -> {
      try (PreparedStatement select = c.prepareStatement("SELECT min(next_attempt_at) AS due FROM inbound_messages WHERE status = 'pending'");
          ResultSet row = select.executeQuery()) {
        row.next();
        return Optional.ofNullable(Jdbc.instant(row, "due"));
      }
    });
  }

  private static boolean olderPending(Connection c, InboundRecord record) throws SQLException {
    try (PreparedStatement select = c.prepareStatement(
        "SELECT 1 FROM inbound_messages WHERE entity_key = ? AND status = 'pending' AND id < ? LIMIT 1")) {
      select.setString(1, record.entityKey());
      select.setLong(2, record.id());
      try (ResultSet row = select.executeQuery()) {
        return row.next();
      }
    }
  }

  private List<Outcome> publishAndMark(Connection c, List<InboundRecord> claimed) throws SQLException {
    Outcome[] outcomes = new Outcome[claimed.size()];
    List<Integer> positions = new ArrayList<>();
    List<Publication> publications = new ArrayList<>();
    Instant now = clock.instant();
    for (int i = 0; i < claimed.size(); i++) {
      try {
        publications.add(Publications.of(claimed.get(i)));
        positions.add(i);
      } catch (IllegalArgumentException e) {
        outcomes[i] = markFailed(c, claimed.get(i), "Malformed: " + e.getMessage(), now);
      }
    }
    List<PublishResult> results = publications.isEmpty() ? List.of() : publisher.publish(publications);
    for (int j = 0; j < positions.size(); j++) {
      InboundRecord record = claimed.get(positions.get(j));
      outcomes[positions.get(j)] = switch (results.get(j)) {
        case PublishResult.Published p -> markProcessed(c, record, p.eventId(), now);
        case PublishResult.Failed f when f.retryable() && record.attempts() + 1 < settings.maxAttempts() -> retryLater(c, record, f, now);
        case PublishResult.Failed f -> markFailed(c, record, f.code() + ": " + f.message(), now);
      };
    }
    return List.of(outcomes);
  }

  private Outcome markProcessed(Connection c, InboundRecord record, String eventId, Instant now) throws SQLException {
    try (PreparedStatement update = c.prepareStatement("""
        UPDATE inbound_messages SET status = 'processed', attempts = attempts + 1, event_id = ?, error = NULL, processed_at = ?, updated_at = ?
         WHERE id = ?""")) {
      update.setString(1, eventId);
      Jdbc.setInstant(update, 2, now);
      Jdbc.setInstant(update, 3, now);
      update.setLong(4, record.id());
      update.executeUpdate();
    }
    return Outcome.PROCESSED;
  }

  private Outcome retryLater(Connection c, InboundRecord record, PublishResult.Failed failure, Instant now) throws SQLException {
    try (PreparedStatement update = c.prepareStatement(
        "UPDATE inbound_messages SET attempts = attempts + 1, next_attempt_at = ?, error = ?, updated_at = ? WHERE id = ?")) {
      Jdbc.setInstant(update, 1, now.plus(settings.retryDelay(record.attempts() + 1)));
      update.setString(2, failure.code() + ": " + failure.message());
      Jdbc.setInstant(update, 3, now);
      update.setLong(4, record.id());
      update.executeUpdate();
    }
    LOG.warn("Publishing inbound message {} ({}) failed, will retry: {}", record.id(), record.executionName(), failure.code());
    return Outcome.RETRY_LATER;
  }

  private Outcome markFailed(Connection c, InboundRecord record, String error, Instant now) throws SQLException {
    try (PreparedStatement update = c.prepareStatement(
        "UPDATE inbound_messages SET status = 'failed', attempts = attempts + 1, error = ?, updated_at = ? WHERE id = ?")) {
      update.setString(1, error);
      Jdbc.setInstant(update, 2, now);
      update.setLong(3, record.id());
      update.executeUpdate();
    }
    LOG.warn("Inbound message {} ({}) failed: {}", record.id(), record.executionName(), error);
    return Outcome.FAILED;
  }
}
