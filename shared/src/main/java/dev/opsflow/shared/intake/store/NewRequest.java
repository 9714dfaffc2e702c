package dev.opsflow.shared.intake.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * A request as ingress hands it over, before any step has looked at it. {@code record} is the structured
 * record to start from (often empty: the extraction step fills it); when it is not empty it becomes revision 1.
 */
public record NewRequest(
    String id,
    String executionName,
    String channel,
    String sourceId,
    ObjectNode sender,
    String subject,
    String rawText,
    ArrayNode attachments,
    Instant receivedAt,
    ObjectNode record) {

  public NewRequest {
    requireText(id, "id");
    requireText(channel, "channel");
    requireText(sourceId, "source_id");
    Objects.requireNonNull(receivedAt, "received_at");
    attachments = attachments == null ? JsonNodeFactory.instance.arrayNode() : attachments;
    record = record == null ? JsonNodeFactory.instance.objectNode() : record;
  }

  /**
   * Reads the {@code request} object of the intake execution input ({@code {"id","channel","source_id","from",
   * "subject","text","received_at","attachments"}}); IllegalArgumentException names a missing or bad field.
   */
  public static NewRequest fromEnvelope(JsonNode request, String executionName) {
    if (request == null || !request.isObject()) {
      throw new IllegalArgumentException("request: expected an object");
    }
    JsonNode from = request.path("from");
    JsonNode attachments = request.path("attachments");
    return new NewRequest(
        text(request, "id"),
        executionName,
        text(request, "channel"),
        text(request, "source_id"),
        from.isObject() ? (ObjectNode) from.deepCopy() : null,
        text(request, "subject"),
        text(request, "text"),
        attachments.isArray() ? (ArrayNode) attachments.deepCopy() : null,
        instant(request, "received_at"),
        null);
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isValueNode() && !value.isNull() ? value.asText() : null;
  }

  private static Instant instant(JsonNode node, String field) {
    String value = text(node, field);
    if (value == null) {
      throw new IllegalArgumentException("request." + field + ": missing");
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("request." + field + ": not an ISO-8601 instant: " + value, e);
    }
  }

  private static void requireText(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("request." + field + ": missing");
    }
  }
}
