package dev.opsflow.local.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.local.api.ExecutionShapes.GetExecutionHistoryResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * GetExecutionHistory's view of the engine's history events: pages in either order, timestamps as epoch
 * seconds, and payloads left out when {@code includeExecutionData} is false.
 */
final class HistoryPages {
  private HistoryPages() {}

  static GetExecutionHistoryResponse page(
      List<ObjectNode> history, int maxResults, boolean reverse, String nextToken, boolean includeData) {
    String list = reverse ? "history-reverse" : "history";
    List<ObjectNode> ordered = new ArrayList<>(history);
    if (reverse) {
      Collections.reverse(ordered);
    }
    int from = Math.min(PageTokens.decode(list, nextToken), ordered.size());
    List<ObjectNode> page = new ArrayList<>();
    for (ObjectNode event : ordered.subList(from, Math.min(ordered.size(), from + maxResults))) {
      page.add(view(event, includeData));
    }
    return new GetExecutionHistoryResponse(page, PageTokens.next(list, from, page.size(), ordered.size()));
  }

  private static ObjectNode view(ObjectNode stored, boolean includeData) {
    ObjectNode event = stored.deepCopy();
    JsonNode timestamp = event.get("timestamp");
    if (timestamp != null && timestamp.isTextual()) {
      event.set("timestamp", ApiJson.epochSecondsNode(Instant.parse(timestamp.asText())));
    }
    if (!includeData) {
      for (Iterator<Map.Entry<String, JsonNode>> it = event.properties().iterator(); it.hasNext(); ) {
        if (it.next().getValue() instanceof ObjectNode details) {
          details.remove(List.of("input", "output", "inputDetails", "outputDetails"));
        }
      }
    }
    return event;
  }
}
