package dev.opsflow.shared.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.shared.json.Json;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Maps {@code ledger_entries} rows to {@link LedgerEntry} (the one place that knows the columns). */
final class LedgerRows {
  static final String COLUMNS =
      "seq, entry_id, correlation, integration, kind, request_entry_id, method, url, headers, body, status, duration_ms, at, prev_hash, hash";

  private LedgerRows() {}

  static LedgerEntry read(ResultSet rs) throws SQLException {
    String body = rs.getString("body");
    long duration = rs.getLong("duration_ms");
    Long durationMs = rs.wasNull() ? null : duration;
    int status = rs.getInt("status");
    Integer statusCode = rs.wasNull() ? null : status;
    LedgerRecord record =
        new LedgerRecord(
            rs.getObject("entry_id", UUID.class),
            rs.getString("correlation"),
            rs.getString("integration"),
            LedgerKind.fromDb(rs.getString("kind")),
            rs.getObject("request_entry_id", UUID.class),
            rs.getString("method"),
            rs.getString("url"),
            (ObjectNode) Json.parse(rs.getString("headers")),
            body == null ? null : Json.parse(body),
            statusCode,
            durationMs,
            rs.getObject("at", OffsetDateTime.class).toInstant());
    return new LedgerEntry(rs.getLong("seq"), record, rs.getString("prev_hash"), rs.getString("hash"));
  }

  static String json(JsonNode node) {
    return node == null ? null : Json.write(node);
  }
}
