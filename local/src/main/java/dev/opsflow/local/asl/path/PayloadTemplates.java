package dev.opsflow.local.asl.path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.local.asl.intrinsic.IntrinsicFunctions;
import dev.opsflow.shared.json.Json;
import java.util.Map;

/**
 * Evaluates a JSONPath-mode payload template: {@code Parameters}, {@code ResultSelector}, {@code
 * ItemSelector}, a Map's {@code Parameters} and {@code Assign}. A key ending in {@code .$} takes
 * the value of its string, which is a path ({@code $...}, {@code $$...}, {@code $var...}) or an
 * intrinsic function call ({@code States.Format(...)}), and loses the suffix; nested objects and
 * arrays are evaluated the same way; every other value is copied. A path that finds nothing fails
 * with AWS's {@code States.Runtime} message naming the key, e.g. {@code 'value.$'}.
 */
public final class PayloadTemplates {
  private static final String DYNAMIC_SUFFIX = ".$";

  private PayloadTemplates() {}

  /**
   * The payload built from {@code template}; {@code field} names the template ({@code Parameters}
   * ...) for the caller's records, the messages name the failing key as AWS does.
   */
  public static JsonNode evaluate(String field, JsonNode template, PathContext ctx) {
    return evaluateNode(template, ctx);
  }

  private static JsonNode evaluateNode(JsonNode node, PathContext ctx) {
    if (node.isObject()) {
      ObjectNode out = Json.MAPPER.createObjectNode();
      for (Map.Entry<String, JsonNode> entry : node.properties()) {
        String key = entry.getKey();
        JsonNode value = entry.getValue();
        if (key.endsWith(DYNAMIC_SUFFIX) && value.isTextual()) {
          out.set(
              key.substring(0, key.length() - DYNAMIC_SUFFIX.length()),
              dynamicValue(key, value.asText(), ctx));
        } else {
          out.set(key, evaluateNode(value, ctx));
        }
      }
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = Json.MAPPER.createArrayNode();
      node.forEach(element -> out.add(evaluateNode(element, ctx)));
      return out;
    }
    return node.deepCopy();
  }

  private static JsonNode dynamicValue(String key, String expression, PathContext ctx) {
    if (IntrinsicFunctions.isIntrinsic(expression)) {
      return IntrinsicFunctions.evaluate(expression, ctx);
    }
    return ctx instanceof DataContext data
        ? data.resolve(key, expression)
        : ctx.resolve(expression);
  }
}
