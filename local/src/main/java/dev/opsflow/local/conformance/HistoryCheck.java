package dev.opsflow.local.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.local.engine.ExecutionResult;
import dev.opsflow.shared.json.Json;
import java.util.List;

/**
 * Compares the event types of our history with AWS's, in order. Only done where the order is deterministic:
 * Parallel branches and Map iterations that may run concurrently (MaxConcurrency other than 1) interleave
 * differently from run to run, on AWS as well as here.
 */
public final class HistoryCheck {
  private HistoryCheck() {}

  /** MATCHED or DIFFERENT, or NOT_COMPARED when either history is missing or the order may vary. */
  public static HistoryMatch compare(ConformanceCase testCase, ExecutionResult result) {
    if (testCase.historyEventTypes().isEmpty()
        || result.history() == null
        || !hasDeterministicOrder(testCase.definitionText())) {
      return HistoryMatch.NOT_COMPARED;
    }
    List<String> ours = result.history().stream().map(event -> event.path("type").asText()).toList();
    return ours.equals(testCase.historyEventTypes().get()) ? HistoryMatch.MATCHED : HistoryMatch.DIFFERENT;
  }

  /** Whether a definition has no Parallel state and no Map state that may run iterations concurrently. */
  static boolean hasDeterministicOrder(String definitionText) {
    try {
      return hasDeterministicOrder(Json.parse(definitionText));
    } catch (IllegalArgumentException notJson) {
      return false;
    }
  }

  private static boolean hasDeterministicOrder(JsonNode node) {
    if (node.isObject()) {
      String type = node.path("Type").asText("");
      if (type.equals("Parallel")) {
        return false;
      }
      if (type.equals("Map") && !isSequentialMap((ObjectNode) node)) {
        return false;
      }
    }
    for (JsonNode child : node) {
      if (!hasDeterministicOrder(child)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSequentialMap(ObjectNode map) {
    JsonNode maxConcurrency = map.path("MaxConcurrency");
    return maxConcurrency.isNumber() && maxConcurrency.intValue() == 1;
  }
}
