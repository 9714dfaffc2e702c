package dev.opsflow.shared.ingress;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.shared.json.Json;
import dev.opsflow.shared.objectstore.ObjectKeys;
import dev.opsflow.shared.objectstore.ObjectStore;
import dev.opsflow.shared.objectstore.StoredObject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the intake workflow's {@code request} (HELPER_COMMON's contract): {@code {"id", "channel", "source_id",
 * "from": {"phone", "email", "name"}, "subject", "text", "received_at", "attachments": [{"key", "content_type",
 * "size"}]}}. A text longer than {@link #MAX_TEXT_CHARS} is cut there and kept whole in the object store as an
 * extra attachment, so the request always fits in an event.
 */
public final class IntakeRequests {
  public static final int MAX_TEXT_CHARS = 64 * 1024;

  /** Who sent it; any part may be null. */
  public record From(String phone, String email, String name) {}

  private IntakeRequests() {}

  public static ObjectNode request(
      String executionName, Channel channel, String sourceId, From from, String subject, String text, Instant receivedAt,
      List<StoredObject> attachments) {
    ObjectNode request = Json.MAPPER.createObjectNode();
    request.put("id", ExecutionNames.requestId(executionName));
    request.put("channel", channel.wire());
    request.put("source_id", sourceId);
    ObjectNode sender = request.putObject("from");
    sender.put("phone", from.phone());
    sender.put("email", from.email());
    sender.put("name", from.name());
    request.put("subject", subject);
    request.put("text", text == null ? "" : text);
    request.put("received_at", receivedAt.truncatedTo(ChronoUnit.MILLIS).toString());
    ArrayNode list = request.putArray("attachments");
    attachments.forEach(a -> list.add(a.toJson()));
    return request;
  }

  /** Text and attachments with an over-long text cut, the whole of it stored as {@code <prefix>/full-text.txt}. */
  public record LimitedText(String text, List<StoredObject> attachments) {}

  public static LimitedText limit(String text, List<StoredObject> attachments, ObjectStore objects, String keyPrefix) {
    if (text == null || text.length() <= MAX_TEXT_CHARS) {
      return new LimitedText(text, attachments);
    }
    StoredObject full = objects.put(keyPrefix + "/full-text.txt", text.getBytes(StandardCharsets.UTF_8), "text/plain; charset=utf-8");
    List<StoredObject> all = new ArrayList<>(attachments);
    all.add(full);
    return new LimitedText(text.substring(0, MAX_TEXT_CHARS) + "\n[... cut; the full text is attachment " + full.key() + "]", all);
  }

  /** The object-store key prefix for a message's files: {@code inbound/<channel>/<execution name>}. */
  public static String keyPrefix(Channel channel, String executionName) {
    return ObjectKeys.of("inbound", channel.wire(), executionName);
  }

  /**
   * A form's fields as the labelled text the extraction step reads ("Name: ...", one per line, then the
   * description), so every value it extracts is grounded in the request's text.
   */
  public static String labelledText(Map<String, String> fields) {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("customer_name", "Name");
    labels.put("phone", "Phone");
    labels.put("email", "Email");
    labels.put("address", "Address");
    labels.put("issue_type", "Issue type");
    labels.put("urgency", "Urgency");
    labels.put("preferred_time", "Preferred time");
    StringBuilder text = new StringBuilder();
    labels.forEach((field, label) -> {
      String value = fields.get(field);
      if (value != null && !value.isBlank()) {
        text.append(label).append(": ").append(value.strip()).append('\n');
      }
    });
    String description = fields.get("description");
    if (description != null && !description.isBlank()) {
      text.append('\n').append(description.strip());
    }
    return text.toString().strip();
  }
}
