package dev.opsflow.local.asl.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.local.asl.StatesException;
import dev.opsflow.local.asl.path.PathContext;
import dev.opsflow.shared.json.Json;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A test stand-in for the JSONPath layer: resolves {@code $...} against the input, {@code $$...}
 * against the context object and {@code $name...} against variables, for simple paths ({@code
 * .name}, {@code [0]}, {@code ['name']}). A path that finds nothing fails as AWS does, with
 * States.Runtime.
 */
record FakePathContext(JsonNode input, JsonNode contextObject, Map<String, JsonNode> variables)
    implements PathContext {
  private static final Pattern SEGMENT = Pattern.compile("\\.([^.\\[]+)|\\[(\\d+)]|\\['([^']*)']");
  private static final Pattern VARIABLE = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)(.*)");

  static FakePathContext of(String inputJson) {
    return new FakePathContext(Json.parse(inputJson), Json.parse("{}"), Map.of());
  }

  FakePathContext withContextObject(String json) {
    return new FakePathContext(input, Json.parse(json), variables);
  }

  FakePathContext withVariable(String name, String json) {
    Map<String, JsonNode> more = new HashMap<>(variables);
    more.put(name, Json.parse(json));
    return new FakePathContext(input, contextObject, more);
  }

  @Override
  public JsonNode resolve(String path) {
    if (path.startsWith("$$")) {
      return walk(contextObject, path.substring(2), path);
    }
    Matcher variable = VARIABLE.matcher(path);
    if (variable.matches()) {
      JsonNode value = variables.get(variable.group(1));
      if (value == null) {
        throw notFound(path);
      }
      return walk(value, variable.group(2), path);
    }
    return walk(input, path.substring(1), path);
  }

  private static JsonNode walk(JsonNode root, String rest, String path) {
    JsonNode current = root;
    Matcher segment = SEGMENT.matcher(rest);
    int position = 0;
    while (position < rest.length()) {
      if (!segment.find(position) || segment.start() != position) {
        throw new IllegalArgumentException("FakePathContext cannot read " + path);
      }
      String name = segment.group(1) != null ? segment.group(1) : segment.group(3);
      current = name != null ? current.get(name) : current.get(Integer.parseInt(segment.group(2)));
      if (current == null) {
        throw notFound(path);
      }
      position = segment.end();
    }
    return current;
  }

  private static StatesException notFound(String path) {
    return StatesException.runtime("The JsonPath argument '" + path + "' could not be found.");
  }
}
