package dev.opsflow.shared.intake.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.shared.db.Jdbc;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;

/**
 * The {@code requests} table and its record revisions. Creation is idempotent by (channel, source_id): a
 * redelivered message or a retried ingress step gets the request the first delivery stored. Every change of
 * the structured record writes a revision in the same transaction; column updates (status, triage,
 * completeness, customer match) set values, so repeating one is harmless.
 */
public final class RequestStore {
  private final DataSource dataSource;
  private final Clock clock;
  private final RequestSearch search;

  public RequestStore(DataSource dataSource, Clock clock) {
    this.dataSource = dataSource;
    this.clock = clock;
    this.search = new RequestSearch(dataSource);
  }

  public RequestStore(DataSource dataSource) {
    this(dataSource, Clock.systemUTC());
  }

  /**
   * Stores {@code request} with status {@code received} unless its (channel, source_id) is already stored, and
   * returns the stored one either way. A non-empty initial record becomes revision 1, made by {@code by}.
   */
  public CreateResult create(NewRequest request, Actor by) {
    Instant now = clock.instant();
    return Jdbc.inTransaction(dataSource, "create request " + request.id(), connection -> {
      boolean inserted = insert(connection, request, now);
      if (inserted && !request.record().isEmpty()) {
        RecordReviser.revise(connection, request.id(), ignored -> request.record(), by, "received", null, now);
      }
      StoredRequest stored = findBySource(connection, request.channel(), request.sourceId())
          .orElseThrow(() -> new IllegalStateException(
              "Request id " + request.id() + " is taken by another message than " + request.channel() + "/" + request.sourceId()));
      return new CreateResult(stored, inserted);
    });
  }

  public Optional<StoredRequest> find(String id) {
    return Jdbc.withConnection(dataSource, "read request " + id, connection -> {
      try (PreparedStatement select = connection.prepareStatement("SELECT " + RequestRows.COLUMNS + " FROM requests WHERE id = ?")) {
        select.setString(1, id);
        return one(select);
      }
    });
  }

  /** The request, or {@link RequestNotFoundException}. */
  public StoredRequest get(String id) {
    return find(id).orElseThrow(() -> new RequestNotFoundException(id));
  }

  public Optional<StoredRequest> findBySource(String channel, String sourceId) {
    return Jdbc.withConnection(dataSource, "read request " + channel + "/" + sourceId,
        connection -> findBySource(connection, channel, sourceId));
  }

  /** Replaces the record (a new revision unless it is unchanged). A repeated {@code idempotencyKey} changes nothing. */
  public RequestRevision updateRecord(String id, ObjectNode record, Actor by, String reason, String idempotencyKey) {
    return reviseRecord(id, ignored -> record, by, reason, idempotencyKey);
  }

  /**
   * Applies {@code change} to a copy of the current record under a row lock and stores the result as the next
   * revision (staff filling in missing fields, say). A repeated {@code idempotencyKey} returns the revision the
   * first call wrote without applying {@code change} again.
   */
  public RequestRevision reviseRecord(String id, UnaryOperator<ObjectNode> change, Actor by, String reason, String idempotencyKey) {
    return Jdbc.inTransaction(dataSource, "revise request " + id,
        connection -> RecordReviser.revise(connection, id, change, by, reason, idempotencyKey, clock.instant()));
  }

  /** Every revision of the request's record, oldest first. */
  public List<RequestRevision> revisions(String id) {
    return Jdbc.withConnection(dataSource, "read revisions of " + id, connection -> {
      try (PreparedStatement select =
          connection.prepareStatement("SELECT * FROM request_revisions WHERE request_id = ? ORDER BY revision")) {
        select.setString(1, id);
        List<RequestRevision> revisions = new ArrayList<>();
        try (ResultSet row = select.executeQuery()) {
          while (row.next()) {
            revisions.add(RequestRows.revision(row));
          }
        }
        return revisions;
      }
    });
  }

  public void setStatus(String id, RequestStatus status) {
    update(id, "status = ?", status.wireName());
  }

  /** What triage decided: issue type, urgency and the team it routes to (any may be null). */
  public void setTriage(String id, String issueType, String urgency, String team) {
    update(id, "issue_type = ?, urgency = ?, team = ?", issueType, urgency, team);
  }

  /** The completeness score, 0..1. */
  public void setCompleteness(String id, BigDecimal completeness) {
    update(id, "completeness = ?", completeness);
  }

  /** The customer the request was matched to (or created for), with the match's confidence and method. */
  public void setCustomerMatch(String id, String customerId, BigDecimal confidence, String method) {
    update(id, "customer_id = ?, match_confidence = ?, match_method = ?", customerId, confidence, method);
  }

  /** A page of requests newest first under {@code filter}; {@code pageToken} is a previous page's nextToken or null. */
  public RequestPage search(RequestFilter filter, int limit, String pageToken) {
    return search.page(filter, limit, pageToken);
  }

  /** How many requests are in each status under the filter's other constraints (every status present, 0 if none). */
  public Map<RequestStatus, Long> countsByStatus(RequestFilter filter) {
    return search.countsByStatus(filter);
  }

  private void update(String id, String assignments, Object... values) {
    Jdbc.withConnection(dataSource, "update request " + id, connection -> {
      try (PreparedStatement update =
          connection.prepareStatement("UPDATE requests SET " + assignments + ", updated_at = ? WHERE id = ?")) {
        int index = 1;
        for (Object value : values) {
          if (value instanceof BigDecimal decimal) {
            Jdbc.setDecimal(update, index++, decimal);
          } else {
            update.setString(index++, (String) value);
          }
        }
        Jdbc.setInstant(update, index++, clock.instant());
        update.setString(index, id);
        if (update.executeUpdate() == 0) {
          throw new RequestNotFoundException(id);
        }
        return null;
      }
    });
  }

  private static boolean insert(Connection connection, NewRequest request, Instant now) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            """
            INSERT INTO requests (id, execution_name, channel, source_id, status, sender, subject, raw_text,
                                  attachments, received_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?::jsonb, ?, ?)
            ON CONFLICT DO NOTHING""")) {
      insert.setString(1, request.id());
      insert.setString(2, request.executionName());
      insert.setString(3, request.channel());
      insert.setString(4, request.sourceId());
      insert.setString(5, RequestStatus.RECEIVED.wireName());
      Jdbc.setJson(insert, 6, request.sender());
      insert.setString(7, request.subject());
      insert.setString(8, request.rawText());
      Jdbc.setJson(insert, 9, request.attachments());
      Jdbc.setInstant(insert, 10, request.receivedAt());
      Jdbc.setInstant(insert, 11, now);
      return insert.executeUpdate() == 1;
    }
  }

  private static Optional<StoredRequest> findBySource(Connection connection, String channel, String sourceId) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement("SELECT " + RequestRows.COLUMNS + " FROM requests WHERE channel = ? AND source_id = ?")) {
      select.setString(1, channel);
      select.setString(2, sourceId);
      return one(select);
    }
  }

  private static Optional<StoredRequest> one(PreparedStatement select) throws SQLException {
    try (ResultSet row = select.executeQuery()) {
      return row.next() ? Optional.of(RequestRows.request(row)) : Optional.empty();
    }
  }
}
