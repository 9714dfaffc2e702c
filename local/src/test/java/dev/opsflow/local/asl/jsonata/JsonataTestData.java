package dev.opsflow.local.asl.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.local.asl.StatesException;
import dev.opsflow.shared.json.Json;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds bindings and JSON for the JSONata tests. */
final class JsonataTestData {
  private JsonataTestData() {}

  static JsonNode json(String text) {
    return Json.parse(text);
  }

  /** {@code $states} with the given input and a small context, and no variables. */
  static JsonataBindings input(String inputJson) {
    return bindings(inputJson, Map.of());
  }

  static JsonataBindings bindings(String inputJson, Map<String, String> variablesAsJson) {
    ObjectNode states = Json.MAPPER.createObjectNode();
    states.set("input", json(inputJson));
    states.set("context", json("{\"State\":{\"Name\":\"State0\"},\"Execution\":{\"Name\":\"exec-1\"}}"));
    Map<String, JsonNode> variables = new LinkedHashMap<>();
    variablesAsJson.forEach((name, value) -> variables.put(name, json(value)));
    return new JsonataBindings(states, variables);
  }

  /** The AWS cause of a {@link StatesException}. */
  static String causeOf(Throwable thrown) {
    return ((StatesException) thrown).cause();
  }

  /** Adds {@code $states.result} (or {@code errorOutput}) to the bindings. */
  static JsonataBindings with(JsonataBindings bindings, String member, String json) {
    ObjectNode states = bindings.states().deepCopy();
    states.set(member, json(json));
    return new JsonataBindings(states, bindings.variables());
  }
}
