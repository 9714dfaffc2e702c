package dev.opsflow.shared.intake.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.shared.db.Jdbc;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Column lists and row mapping of {@code requests} and {@code request_revisions}. */
final class RequestRows {
  static final String COLUMNS =
      """
      id, execution_name, channel, source_id, status, issue_type, urgency, completeness, customer_id,
      match_confidence, match_method, team, record, revision, sender, subject, raw_text, attachments,
      received_at, updated_at""";

  static final String SUMMARY_COLUMNS =
      """
      id, channel, status, issue_type, urgency, completeness, customer_id, customer_name, phone, email,
      match_confidence, team, received_at, updated_at""";

  private RequestRows() {}

  static StoredRequest request(ResultSet row) throws SQLException {
    return new StoredRequest(
        row.getString("id"),
        row.getString("execution_name"),
        row.getString("channel"),
        row.getString("source_id"),
        RequestStatus.fromWire(row.getString("status")),
        row.getString("issue_type"),
        row.getString("urgency"),
        row.getBigDecimal("completeness"),
        row.getString("customer_id"),
        row.getBigDecimal("match_confidence"),
        row.getString("match_method"),
        row.getString("team"),
        object(row, "record"),
        row.getInt("revision"),
        Jdbc.json(row, "sender"),
        row.getString("subject"),
        row.getString("raw_text"),
        Jdbc.json(row, "attachments"),
        Jdbc.instant(row, "received_at"),
        Jdbc.instant(row, "updated_at"));
  }

  static RequestSummary summary(ResultSet row) throws SQLException {
    return new RequestSummary(
        row.getString("id"),
        row.getString("channel"),
        RequestStatus.fromWire(row.getString("status")),
        row.getString("issue_type"),
        row.getString("urgency"),
        row.getBigDecimal("completeness"),
        row.getString("customer_id"),
        row.getString("customer_name"),
        row.getString("phone"),
        row.getString("email"),
        row.getBigDecimal("match_confidence"),
        row.getString("team"),
        Jdbc.instant(row, "received_at"),
        Jdbc.instant(row, "updated_at"));
  }

  static RequestRevision revision(ResultSet row) throws SQLException {
    return new RequestRevision(
        row.getString("request_id"),
        row.getInt("revision"),
        object(row, "record"),
        Actor.parse(row.getString("changed_by")),
        row.getString("reason"),
        Jdbc.instant(row, "at"));
  }

  static ObjectNode object(ResultSet row, String column) throws SQLException {
    JsonNode node = Jdbc.json(row, column);
    return node instanceof ObjectNode object ? object : JsonNodeFactory.instance.objectNode();
  }
}
