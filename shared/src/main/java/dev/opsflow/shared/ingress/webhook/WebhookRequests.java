package dev.opsflow.shared.ingress.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.shared.ingress.Channel;
import dev.opsflow.shared.ingress.IntakeRequests;
import dev.opsflow.shared.objectstore.ObjectStore;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The service request an {@code intake} webhook source sends: a JSON object with the contract's field names
 * ({@code customer_name}, {@code phone}, {@code email}, {@code address}, {@code preferred_time}, {@code issue_type},
 * {@code urgency}, {@code description}) and optionally {@code subject} and {@code text} (a free-text message; when
 * absent the fields are written out as labelled text). It needs some text and a way to reach the sender.
 */
final class WebhookRequests {
  private static final List<String> FIELDS =
      List.of("customer_name", "phone", "email", "address", "preferred_time", "issue_type", "urgency", "description");

  private WebhookRequests() {}

  static ObjectNode request(String executionName, String sourceId, JsonNode body, Instant receivedAt, ObjectStore objects) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String field : FIELDS) {
      JsonNode value = body.get(field);
      if (value != null && !value.isNull()) {
        if (!value.isValueNode()) {
          throw new IllegalArgumentException("Field " + field + " must be a string");
        }
        fields.put(field, value.asText());
      }
    }
    String text = body.path("text").isTextual() ? body.get("text").asText() : IntakeRequests.labelledText(fields);
    if (text.isBlank()) {
      throw new IllegalArgumentException("A service request needs a text or a description");
    }
    if (isBlank(fields.get("phone")) && isBlank(fields.get("email"))) {
      throw new IllegalArgumentException("A service request needs a phone or an email to answer");
    }
    IntakeRequests.LimitedText limited = IntakeRequests.limit(text, List.of(), objects, IntakeRequests.keyPrefix(Channel.WEBHOOK, executionName));
    String subject = body.path("subject").isTextual() ? body.get("subject").asText() : null;
    return IntakeRequests.request(
        executionName, Channel.WEBHOOK, sourceId, new IntakeRequests.From(fields.get("phone"), fields.get("email"), fields.get("customer_name")),
        subject, limited.text(), receivedAt, limited.attachments());
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
