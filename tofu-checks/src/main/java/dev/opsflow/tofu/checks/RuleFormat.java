package dev.opsflow.tofu.checks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rule file format of events/README.md, as the local bus enforces it ({@code RuleJson}, {@code EventRule},
 * {@code RuleTarget}) and as EventBridge would at apply time: known members only (a misspelt one would be dropped
 * by tofu's {@code try()} without a word), exactly one of {@code event_pattern} and {@code schedule_expression}
 * (schedules on the default bus only), at most five targets with unique ids, at most one input member per target,
 * retry policies within EventBridge's bounds. Checked before tofu exists, so a file the node refuses, or AWS
 * would, fails the build instead of the deploy.
 */
final class RuleFormat {
  /** Members by where they may appear: the rule, a target, a target's input transformer, its retry policy. */
  static final Map<String, Set<String>> MEMBERS = Map.of(
      "", Set.of("name", "description", "event_bus", "state", "event_pattern", "schedule_expression", "targets"),
      "targets[].", Set.of("id", "arn", "input", "input_path", "input_transformer", "retry_policy"),
      "targets[].input_transformer.", Set.of("input_paths_map", "input_template"),
      "targets[].retry_policy.", Set.of("maximum_retry_attempts", "maximum_event_age_in_seconds"));

  /** The bus names a rule file may give: the account's default bus and ours (tofu's {@code <prefix>} bus). */
  static final Set<String> BUSES = Set.of("default", "opsflow");

  private static final String NAME = "[.\\-_A-Za-z0-9]{1,64}";
  private static final int MAX_TARGETS = 5;

  private RuleFormat() {}

  /** What is wrong with {@code rule}, read from the file {@code <fileName>.json}; empty when nothing is. */
  static List<String> problems(JsonNode rule, String fileName) {
    List<String> problems = new ArrayList<>();
    if (!rule.isObject()) {
      return List.of("is not a JSON object");
    }
    unknownMembers(rule, "", problems);
    JsonNode name = rule.path("name");
    if (!name.isTextual() || !name.asText().matches(NAME)) {
      problems.add("\"name\" must be 1 to 64 of [.-_A-Za-z0-9]");
    } else if (!name.asText().equals(fileName)) {
      problems.add("\"name\" is \"" + name.asText() + "\" but must be the file's name, \"" + fileName + "\"");
    }
    boolean pattern = rule.has("event_pattern");
    boolean schedule = rule.has("schedule_expression");
    if (pattern == schedule) {
      problems.add("needs exactly one of \"event_pattern\" and \"schedule_expression\"");
    }
    if (pattern && !rule.get("event_pattern").isObject()) {
      problems.add("\"event_pattern\" must be a JSON object");
    }
    String bus = rule.path("event_bus").asText("default");
    if (!BUSES.contains(bus)) {
      problems.add("\"event_bus\" is \"" + bus + "\"; it must be one of " + BUSES);
    }
    if (schedule && !rule.path("schedule_expression").asText("").matches("(rate|cron)\\(.+\\)")) {
      problems.add("\"schedule_expression\" must be rate(...) or cron(...)");
    }
    if (schedule && !"default".equals(bus)) {
      problems.add("\"schedule_expression\" needs \"event_bus\": \"default\" (EventBridge runs schedules on the default bus only)");
    }
    if (rule.has("state") && !Set.of("ENABLED", "DISABLED").contains(rule.path("state").asText())) {
      problems.add("\"state\" must be ENABLED or DISABLED");
    }
    targets(rule.path("targets"), problems);
    return problems;
  }

  private static void targets(JsonNode targets, List<String> problems) {
    if (targets.isMissingNode()) {
      return;
    }
    if (!targets.isArray() || targets.size() > MAX_TARGETS) {
      problems.add("\"targets\" must be an array of at most " + MAX_TARGETS);
      return;
    }
    Set<String> ids = new HashSet<>();
    for (JsonNode target : targets) {
      String id = target.path("id").asText("");
      if (!id.matches(NAME) || !target.path("arn").isTextual()) {
        problems.add("a target lacks an \"id\" (1 to 64 of [.-_A-Za-z0-9]) or an \"arn\": " + target);
      } else if (!ids.add(id)) {
        problems.add("two targets have the id \"" + id + "\"");
      }
      unknownMembers(target, "targets[].", problems);
      long inputs = List.of("input", "input_path", "input_transformer").stream().filter(target::has).count();
      if (inputs > 1) {
        problems.add("target \"" + id + "\" has more than one of \"input\", \"input_path\" and \"input_transformer\"");
      }
      JsonNode transformer = target.path("input_transformer");
      if (transformer.isObject()) {
        unknownMembers(transformer, "targets[].input_transformer.", problems);
        if (!transformer.path("input_template").isTextual()) {
          problems.add("target \"" + id + "\" has an \"input_transformer\" without an \"input_template\"");
        }
      }
      JsonNode retry = target.path("retry_policy");
      if (retry.isObject()) {
        unknownMembers(retry, "targets[].retry_policy.", problems);
        within(retry, "maximum_retry_attempts", 0, 185, id, problems);
        within(retry, "maximum_event_age_in_seconds", 60, 86400, id, problems);
      }
    }
  }

  private static void within(JsonNode retry, String member, int min, int max, String id, List<String> problems) {
    JsonNode value = retry.path(member);
    if (!value.isMissingNode() && (!value.isIntegralNumber() || value.asLong() < min || value.asLong() > max)) {
      problems.add("target \"" + id + "\" retry_policy." + member + " must be a whole number from " + min + " to " + max);
    }
  }

  private static void unknownMembers(JsonNode json, String where, List<String> problems) {
    Set<String> known = MEMBERS.get(where);
    json.fieldNames().forEachRemaining(member -> {
      if (!known.contains(member)) {
        problems.add("unknown member \"" + where + member + "\" (events/README.md lists " + known + ")");
      }
    });
  }
}
