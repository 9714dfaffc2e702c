package dev.opsflow.local.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.shared.json.Json;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The event as EventBridge delivers it: {@code version, id, detail-type, source, account, time, region,
 * resources, detail}, in that order, with {@code time} in whole seconds ({@code 2026-01-01T09:00:00Z}).
 */
final class EventEnvelope {
  static final String SCHEDULED_DETAIL_TYPE = "Scheduled Event";
  static final String SCHEDULED_SOURCE = "aws.events";

  private EventEnvelope() {}

  static ObjectNode of(
      String id, String detailType, String source, String account, Instant time, String region, List<String> resources, JsonNode detail) {
    ObjectNode event = Json.MAPPER.createObjectNode();
    event.put("version", "0");
    event.put("id", id);
    event.put("detail-type", detailType);
    event.put("source", source);
    event.put("account", account);
    event.put("time", timestamp(time));
    event.put("region", region);
    ArrayNode list = event.putArray("resources");
    resources.forEach(list::add);
    event.set("detail", detail);
    return event;
  }

  /** The event a schedule sends its rule's targets: source {@code aws.events}, the rule's ARN as resource, empty detail. */
  static ObjectNode scheduled(String id, String account, Instant slot, String region, String ruleArn) {
    return of(id, SCHEDULED_DETAIL_TYPE, SCHEDULED_SOURCE, account, slot, region, List.of(ruleArn), Json.MAPPER.createObjectNode());
  }

  static String timestamp(Instant time) {
    return DateTimeFormatter.ISO_INSTANT.format(time.truncatedTo(ChronoUnit.SECONDS));
  }
}
