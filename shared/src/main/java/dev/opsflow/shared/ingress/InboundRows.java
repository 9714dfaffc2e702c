package dev.opsflow.shared.ingress;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.opsflow.shared.db.Jdbc;
import dev.opsflow.shared.json.Json;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

/** Column list and row mapping of {@code inbound_messages}. */
final class InboundRows {
  static final String COLUMNS =
      "id, channel, source, source_id, kind, execution_name, entity_key, received_at, headers, body, body_ref, body_size,"
          + " status, attempts, next_attempt_at, error, event_id, processed_at";
  private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() {};

  private InboundRows() {}

  static InboundRecord read(ResultSet row) throws SQLException {
    return new InboundRecord(
        row.getLong("id"),
        Channel.of(row.getString("channel")),
        row.getString("source"),
        row.getString("source_id"),
        InboundKind.of(row.getString("kind")),
        row.getString("execution_name"),
        row.getString("entity_key"),
        Jdbc.instant(row, "received_at"),
        headers(row.getString("headers")),
        row.getString("body"),
        row.getString("body_ref"),
        row.getInt("body_size"),
        InboundStatus.of(row.getString("status")),
        row.getInt("attempts"),
        Jdbc.instant(row, "next_attempt_at"),
        row.getString("error"),
        row.getString("event_id"),
        Jdbc.instant(row, "processed_at"));
  }

  static String headersJson(Map<String, String> headers) {
    try {
      return Json.MAPPER.writeValueAsString(headers);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A map of strings always serialises", e);
    }
  }

  private static Map<String, String> headers(String json) {
    try {
      return json == null ? Map.of() : Json.MAPPER.readValue(json, HEADERS);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("inbound_messages.headers is not a JSON object of strings", e);
    }
  }
}
