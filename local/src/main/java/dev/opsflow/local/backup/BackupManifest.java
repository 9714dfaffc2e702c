package dev.opsflow.local.backup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a logical backup holds: its tables in load order (referenced tables first), the sequences' positions, the
 * Flyway schema version the data belongs to, and where and when it was made.
 */
record BackupManifest(Instant createdAt, String serverVersion, String schemaVersion, List<String> tables, Map<String, Long> sequences) {
  static final String FORMAT = "opsflow-logical-backup";
  static final int FORMAT_VERSION = 1;

  BackupManifest {
    tables = List.copyOf(tables);
    sequences = Map.copyOf(sequences);
  }

  ObjectNode toJson() {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    json.put("format", FORMAT);
    json.put("format_version", FORMAT_VERSION);
    json.put("created_at", createdAt.toString());
    json.put("server_version", serverVersion);
    json.put("schema_version", schemaVersion);
    tables.forEach(json.putArray("tables")::add);
    ObjectNode positions = json.putObject("sequences");
    sequences.forEach(positions::put);
    return json;
  }

  static BackupManifest fromJson(JsonNode json) {
    if (!FORMAT.equals(json.path("format").asText()) || json.path("format_version").asInt() != FORMAT_VERSION) {
      throw new IllegalArgumentException("Not an opsflow backup (format " + json.path("format").asText() + ")");
    }
    List<String> tables = new ArrayList<>();
    json.path("tables").forEach(t -> tables.add(t.asText()));
    Map<String, Long> sequences = new LinkedHashMap<>();
    json.path("sequences").properties().forEach(e -> sequences.put(e.getKey(), e.getValue().asLong()));
    return new BackupManifest(
        Instant.parse(json.path("created_at").asText()), json.path("server_version").asText(),
        json.path("schema_version").asText(null), tables, sequences);
  }
}
