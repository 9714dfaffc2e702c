package dev.opsflow.local.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsflow.shared.json.Json;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rules as JSON in the format of {@code events/rules/*.json} (snake_case, read by tofu too; see events/README.md):
 * {@code name, description, event_bus, state, event_pattern | schedule_expression, targets[{id, arn, input |
 * input_path | input_transformer{input_paths_map, input_template}, retry_policy{maximum_retry_attempts,
 * maximum_event_age_in_seconds}}]}. Unknown members are refused, so a misspelt one is not silently ignored.
 */
final class RuleJson {
  private static final Set<String> RULE_MEMBERS =
      Set.of("name", "description", "event_bus", "state", "event_pattern", "schedule_expression", "targets");
  private static final Set<String> TARGET_MEMBERS = Set.of("id", "arn", "input", "input_path", "input_transformer", "retry_policy");

  private RuleJson() {}

  static EventRule read(JsonNode json) {
    requireObject(json, "rule");
    onlyKnown(json, RULE_MEMBERS, "rule");
    JsonNode pattern = json.get("event_pattern");
    if (pattern != null && !pattern.isObject()) {
      throw new IllegalArgumentException("event_pattern must be a JSON object");
    }
    List<RuleTarget> targets = new ArrayList<>();
    for (JsonNode target : json.path("targets")) {
      targets.add(target(target));
    }
    String state = text(json, "state");
    return new EventRule(
        text(json, "name"),
        text(json, "event_bus"),
        text(json, "description"),
        state == null ? null : RuleState.valueOf(state),
        pattern == null ? null : Json.write(pattern),
        text(json, "schedule_expression"),
        targets);
  }

  private static RuleTarget target(JsonNode json) {
    requireObject(json, "target");
    onlyKnown(json, TARGET_MEMBERS, "target");
    JsonNode input = json.get("input");
    JsonNode transformer = json.get("input_transformer");
    JsonNode retry = json.get("retry_policy");
    return new RuleTarget(
        text(json, "id"),
        text(json, "arn"),
        input == null ? null : Json.write(input),
        text(json, "input_path"),
        transformer == null ? null : new InputTransformer(stringMap(transformer.path("input_paths_map")), text(transformer, "input_template")),
        retry == null
            ? null
            : new RetryPolicy(
                retry.path("maximum_retry_attempts").asInt(RetryPolicy.EVENTBRIDGE_DEFAULT.maximumRetryAttempts()),
                Duration.ofSeconds(retry.path("maximum_event_age_in_seconds").asLong(RetryPolicy.EVENTBRIDGE_DEFAULT.maximumEventAge().toSeconds()))));
  }

  static ObjectNode write(EventRule rule) {
    ObjectNode json = Json.MAPPER.createObjectNode();
    json.put("name", rule.name());
    if (rule.description() != null) {
      json.put("description", rule.description());
    }
    json.put("event_bus", rule.eventBus());
    json.put("state", rule.state().name());
    if (rule.eventPattern() != null) {
      json.set("event_pattern", Json.parse(rule.eventPattern()));
    }
    if (rule.scheduleExpression() != null) {
      json.put("schedule_expression", rule.scheduleExpression());
    }
    ArrayNode targets = json.putArray("targets");
    rule.targets().forEach(t -> targets.add(write(t)));
    return json;
  }

  private static ObjectNode write(RuleTarget target) {
    ObjectNode json = Json.MAPPER.createObjectNode();
    json.put("id", target.id());
    json.put("arn", target.arn());
    if (target.input() != null) {
      json.set("input", Json.parse(target.input()));
    }
    if (target.inputPath() != null) {
      json.put("input_path", target.inputPath());
    }
    if (target.inputTransformer() != null) {
      ObjectNode transformer = json.putObject("input_transformer");
      ObjectNode paths = transformer.putObject("input_paths_map");
      target.inputTransformer().inputPathsMap().forEach(paths::put);
      transformer.put("input_template", target.inputTransformer().inputTemplate());
    }
    if (target.retryPolicy() != null) {
      ObjectNode retry = json.putObject("retry_policy");
      retry.put("maximum_retry_attempts", target.retryPolicy().maximumRetryAttempts());
      retry.put("maximum_event_age_in_seconds", target.retryPolicy().maximumEventAge().toSeconds());
    }
    return json;
  }

  private static void requireObject(JsonNode json, String what) {
    if (json == null || !json.isObject()) {
      throw new IllegalArgumentException("a " + what + " must be a JSON object");
    }
  }

  private static void onlyKnown(JsonNode json, Set<String> known, String what) {
    json.fieldNames().forEachRemaining(name -> {
      if (!known.contains(name)) {
        throw new IllegalArgumentException("unknown " + what + " member '" + name + "' (known: " + known + ")");
      }
    });
  }

  private static String text(JsonNode json, String member) {
    JsonNode value = json.get(member);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new IllegalArgumentException(member + " must be a string");
    }
    return value.asText();
  }

  private static Map<String, String> stringMap(JsonNode json) {
    Map<String, String> map = new LinkedHashMap<>();
    json.properties().forEach(e -> map.put(e.getKey(), e.getValue().asText()));
    return map;
  }
}
