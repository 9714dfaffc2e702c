package dev.opsflow.shared.reasoning.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.shared.json.Json;
import dev.opsflow.shared.reasoning.FieldNames;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One labeled line of an evaluation dataset (format in {@code eval/README.md}): the message and what a careful
 * dispatcher wrote down for it. Absent values are null.
 */
public record EvalCase(String id, String channel, String text, Instant receivedAt, Labels expected) {

  /** The labels: service request or not, issue type, urgency and the scored fields (null when absent). */
  public record Labels(boolean serviceRequest, String issueType, String urgency, Map<String, String> fields) {
    /** A label's value by its dataset key (is_service_request as "true"/"false"). */
    public String get(String key) {
      return switch (key) {
        case "is_service_request" -> String.valueOf(serviceRequest);
        case "issue_type" -> issueType;
        case "urgency" -> urgency;
        default -> fields.get(key);
      };
    }
  }

  /** Reads a JSONL dataset; a bad line fails with its line number. */
  public static List<EvalCase> readAll(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read dataset " + file, e);
    }
    List<EvalCase> cases = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      try {
        cases.add(parse(Json.parse(lines.get(i))));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(file + ":" + (i + 1) + ": " + e.getMessage(), e);
      }
    }
    return cases;
  }

  static EvalCase parse(JsonNode line) {
    JsonNode expected = line.required("expected");
    Map<String, String> fields = new LinkedHashMap<>();
    for (String field : FieldNames.SCORED) {
      fields.put(field, text(expected.path(field)));
    }
    return new EvalCase(
        line.required("id").asText(),
        line.required("channel").asText(),
        line.required("text").asText(),
        OffsetDateTime.parse(line.required("received_at").asText()).toInstant(),
        new Labels(
            expected.required("is_service_request").asBoolean(),
            text(expected.path("issue_type")),
            text(expected.path("urgency")),
            fields));
  }

  private static String text(JsonNode node) {
    return node.isTextual() ? node.asText() : null;
  }
}
