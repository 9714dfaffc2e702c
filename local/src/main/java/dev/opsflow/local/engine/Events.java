package dev.opsflow.local.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.shared.json.Json;
import java.util.Iterator;
import java.util.Map;

/** Builders for the detail objects of AWS's history events. Payloads are JSON text, as the API returns them. */
final class Events {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private Events() {}

  static ObjectNode details() {
    return F.objectNode();
  }

  static ObjectNode withInput(JsonNode input) {
    ObjectNode d = F.objectNode();
    d.put("input", Json.write(input));
    d.putObject("inputDetails").put("truncated", false);
    return d;
  }

  static ObjectNode withOutput(JsonNode output) {
    ObjectNode d = F.objectNode();
    d.put("output", Json.write(output));
    d.putObject("outputDetails").put("truncated", false);
    return d;
  }

  static ObjectNode stateEntered(String name, JsonNode input) {
    ObjectNode d = withInput(input);
    d.put("name", name);
    return d;
  }

  static ObjectNode stateExited(String name, JsonNode output, ObjectNode assigned) {
    ObjectNode d = F.objectNode();
    d.put("name", name);
    d.put("output", Json.write(output));
    d.putObject("outputDetails").put("truncated", false);
    if (assigned != null && !assigned.isEmpty()) {
      ObjectNode vars = d.putObject("assignedVariables");
      for (Iterator<Map.Entry<String, JsonNode>> it = assigned.properties().iterator(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        vars.put(e.getKey(), Json.write(e.getValue()));
      }
      d.putObject("assignedVariablesDetails").put("truncated", false);
    }
    return d;
  }

  static ObjectNode error(String error, String cause) {
    ObjectNode d = F.objectNode();
    if (error != null) {
      d.put("error", error);
    }
    if (cause != null) {
      d.put("cause", cause);
    }
    return d;
  }

  static ObjectNode mapIteration(String name, int index) {
    ObjectNode d = F.objectNode();
    d.put("name", name);
    d.put("index", index);
    return d;
  }
}
