package dev.opsflow.local.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.local.engine.task.ServiceIntegration;
import dev.opsflow.local.engine.task.TaskCall;
import dev.opsflow.local.engine.task.TaskOutcome;
import dev.opsflow.shared.json.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The optimized Step Functions integration {@code arn:aws:states:::events:putEvents} on the local bus, so a
 * workflow can publish (for example ContractSigned): the task's {@code Entries} are put with the execution and
 * state machine ARNs appended to each entry's {@code Resources}; a non-zero {@code FailedEntryCount} fails the
 * task with {@code EventBridge.FailedEntry}, as in AWS.
 */
final class PutEventsIntegration implements ServiceIntegration {
  private final EventBus bus;

  PutEventsIntegration(EventBus bus) {
    this.bus = bus;
  }

  @Override
  public TaskOutcome invoke(TaskCall call) {
    JsonNode entries = call.input() == null ? null : call.input().get("Entries");
    if (entries == null || !entries.isArray()) {
      return new TaskOutcome.Failed("States.Runtime", "The field 'Entries' is required but was missing");
    }
    List<PutEventsEntry> list = new ArrayList<>();
    for (JsonNode e : entries) {
      List<String> resources = new ArrayList<>();
      e.path("Resources").forEach(r -> resources.add(r.asText()));
      resources.add(call.executionArn());
      resources.add(stateMachineArn(call.executionArn()));
      JsonNode detail = e.get("Detail");
      Instant time = e.hasNonNull("Time") ? Instant.parse(e.get("Time").asText()) : null;
      list.add(new PutEventsEntry(
          time, text(e, "Source"), resources, text(e, "DetailType"),
          detail == null ? null : detail.isTextual() ? detail.asText() : Json.write(detail), text(e, "EventBusName"), null));
    }
    PutEventsResult result;
    try {
      result = bus.putEvents(list);
    } catch (EventsApiException e) {
      return new TaskOutcome.Failed("EventBridge." + e.type(), e.getMessage());
    }
    ObjectNode output = Json.MAPPER.createObjectNode();
    ArrayNode out = output.putArray("Entries");
    for (PutEventsResult.Entry r : result.entries()) {
      ObjectNode entry = out.addObject();
      if (r.failed()) {
        entry.put("ErrorCode", r.errorCode());
        entry.put("ErrorMessage", r.errorMessage());
      } else {
        entry.put("EventId", r.eventId());
      }
    }
    output.put("FailedEntryCount", result.failedEntryCount());
    if (result.failedEntryCount() > 0) {
      return new TaskOutcome.Failed("EventBridge.FailedEntry", Json.write(output));
    }
    return new TaskOutcome.Succeeded(output);
  }

  private static String text(JsonNode entry, String member) {
    JsonNode value = entry.get(member);
    return value == null || value.isNull() ? null : value.asText();
  }

  /** {@code ...:execution:<machine>:<name>} → {@code ...:stateMachine:<machine>}. */
  private static String stateMachineArn(String executionArn) {
    String[] parts = executionArn.split(":");
    return parts.length < 7 ? executionArn : String.join(":", parts[0], parts[1], parts[2], parts[3], parts[4], "stateMachine", parts[6]);
  }
}
