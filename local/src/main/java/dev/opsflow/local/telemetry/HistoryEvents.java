package dev.opsflow.local.telemetry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.Map;

/** Reading AWS history events: their details object and which types end an execution. */
final class HistoryEvents {
  private HistoryEvents() {}

  /** The event's {@code ...EventDetails} object, or a missing node when it has none. */
  static JsonNode details(JsonNode event) {
    for (Map.Entry<String, JsonNode> field : event.properties()) {
      if (field.getKey().endsWith("EventDetails")) {
        return field.getValue();
      }
    }
    return MissingNode.getInstance();
  }

  static boolean isExecutionEnd(String type) {
    return switch (type) {
      case "ExecutionSucceeded", "ExecutionFailed", "ExecutionTimedOut", "ExecutionAborted" -> true;
      default -> false;
    };
  }
}
