package dev.opsflow.local.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.shared.json.Json;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/**
 * JSON columns are bound as text and cast ({@code ?::json}) in the SQL, and read back as text, so the bytes
 * Jackson wrote are the bytes Jackson reads (key order and number scale included).
 */
final class JsonColumns {
  private JsonColumns() {}

  static void set(PreparedStatement statement, int index, JsonNode value) throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.VARCHAR);
    } else {
      statement.setString(index, Json.write(value));
    }
  }

  static JsonNode get(ResultSet row, String column) throws SQLException {
    String text = row.getString(column);
    return text == null ? null : Json.parse(text);
  }

  static ObjectNode object(ResultSet row, String column) throws SQLException {
    JsonNode node = get(row, column);
    return node instanceof ObjectNode object ? object : null;
  }
}
