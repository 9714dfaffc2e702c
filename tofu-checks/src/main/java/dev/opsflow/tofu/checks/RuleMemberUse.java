package dev.opsflow.tofu.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether the events module passes every member of the rule file format on to EventBridge: each member has the
 * argument of {@code aws_cloudwatch_event_rule} or {@code aws_cloudwatch_event_target} it maps to (events/README.md's
 * table), and that argument's expression, followed through the module's locals, must read the member. A member
 * the module ignores would deploy a rule that behaves unlike the local bus (a retry policy dropped, an input
 * transformer not applied), which no tofu binary is here to notice.
 */
final class RuleMemberUse {
  static final String RULE = "aws_cloudwatch_event_rule";
  static final String TARGET = "aws_cloudwatch_event_target";

  /**
   * A rule file member, the argument (block path) it goes to, how the argument's expression reads it, and
   * whether files may leave it out: then the read must be guarded ({@code try()}, {@code can()}, {@code lookup()}),
   * or a file without the member stops the plan.
   */
  record Mapping(String member, String resource, List<String> argument, Pattern read, String example, boolean optional) {
    static Mapping of(String member, String resource, String argument, String read, String example) {
      boolean required = REQUIRED.contains(member);
      return new Mapping(member, resource, List.of(argument.split("\\.")), Pattern.compile(read), example, !required);
    }

    Pattern guardedRead() {
      return Pattern.compile("\\b(try|can|lookup)\\([^\\n]*?" + read.pattern());
    }
  }

  private static final Set<String> REQUIRED =
      Set.of("name", "targets[].id", "targets[].arn", "targets[].input_transformer.input_template");

  private static final String TRANSFORMER = "(each\\.value\\.input_transformer|input_transformer\\.value)\\.";
  private static final String RETRY = "(each\\.value\\.retry_policy|retry_policy\\.value)\\.";

  /** Every member of {@link RuleFormat#MEMBERS}, in the order of events/README.md. */
  static final List<Mapping> MAPPINGS = List.of(
      Mapping.of("name", RULE, "name", "each\\.value\\.name\\b", "each.value.name"),
      Mapping.of("description", RULE, "description", "each\\.value\\.description\\b", "each.value.description"),
      Mapping.of("event_bus", RULE, "event_bus_name", "each\\.value\\.event_bus\\b", "each.value.event_bus"),
      Mapping.of("state", RULE, "state", "each\\.value\\.state\\b", "each.value.state"),
      Mapping.of("event_pattern", RULE, "event_pattern", "jsonencode\\(each\\.value\\.event_pattern\\)", "jsonencode(each.value.event_pattern)"),
      Mapping.of("schedule_expression", RULE, "schedule_expression", "each\\.value\\.schedule_expression\\b", "each.value.schedule_expression"),
      Mapping.of("targets", TARGET, "for_each", "(?<!local)\\.targets\\b", "for target in rule.targets"),
      Mapping.of("targets[].id", TARGET, "target_id", "each\\.value\\.id\\b", "each.value.id"),
      Mapping.of("targets[].arn", TARGET, "arn", "each\\.value\\.arn\\b", "each.value.arn"),
      Mapping.of("targets[].input", TARGET, "input", "jsonencode\\(each\\.value\\.input\\)", "jsonencode(each.value.input)"),
      Mapping.of("targets[].input_path", TARGET, "input_path", "each\\.value\\.input_path\\b", "each.value.input_path"),
      Mapping.of("targets[].input_transformer", TARGET, "input_transformer", "each\\.value\\.input_transformer\\b", "each.value.input_transformer"),
      Mapping.of("targets[].input_transformer.input_paths_map", TARGET, "input_transformer.input_paths", TRANSFORMER + "input_paths_map\\b", "input_transformer.value.input_paths_map"),
      Mapping.of("targets[].input_transformer.input_template", TARGET, "input_transformer.input_template", TRANSFORMER + "input_template\\b", "input_transformer.value.input_template"),
      Mapping.of("targets[].retry_policy", TARGET, "retry_policy", "each\\.value\\.retry_policy\\b", "each.value.retry_policy"),
      Mapping.of("targets[].retry_policy.maximum_retry_attempts", TARGET, "retry_policy.maximum_retry_attempts", RETRY + "maximum_retry_attempts\\b", "each.value.retry_policy.maximum_retry_attempts"),
      Mapping.of("targets[].retry_policy.maximum_event_age_in_seconds", TARGET, "retry_policy.maximum_event_age_in_seconds", RETRY + "maximum_event_age_in_seconds\\b", "each.value.retry_policy.maximum_event_age_in_seconds"));

  private RuleMemberUse() {}

  /** What the module in {@code moduleDir} fails to pass on; empty when it passes every member. */
  static List<String> problems(HclModel hcl, Path moduleDir) {
    List<String> problems = new ArrayList<>();
    Map<String, JsonNode> locals = hcl.locals(moduleDir);
    List<HclModel.Block> rules = inDir(hcl.resources(RULE), moduleDir);
    List<HclModel.Block> targets = inDir(hcl.resources(TARGET), moduleDir);
    if (rules.isEmpty() || targets.isEmpty()) {
      return List.of("has no " + RULE + " or no " + TARGET + " resource: the rule files are not deployed");
    }
    if (rules.stream().noneMatch(r -> Expressions.text(r.body().path("for_each")).contains("var.rules"))) {
      problems.add(RULE + " does not have for_each = var.rules: not every rule file gets a rule");
    }
    for (Mapping mapping : MAPPINGS) {
      List<HclModel.Block> blocks = mapping.resource().equals(RULE) ? rules : targets;
      List<String> texts = blocks.stream().map(b -> reached(argument(b.body(), mapping.argument()), locals)).toList();
      String where = mapping.resource() + "." + String.join(".", mapping.argument());
      if (texts.stream().noneMatch(t -> mapping.read().matcher(t).find())) {
        problems.add("does not pass rule member \"" + mapping.member() + "\" to " + where + " (as " + mapping.example() + ")");
      } else if (mapping.optional() && texts.stream().noneMatch(t -> mapping.guardedRead().matcher(t).find())) {
        problems.add("reads rule member \"" + mapping.member() + "\" in " + where + " without try(): a rule file without it (it is optional) stops the plan");
      }
    }
    if (targets.stream().noneMatch(t -> !argument(t.body(), List.of("dead_letter_config", "arn")).isEmpty())) {
      problems.add(TARGET + " has no dead_letter_config: events EventBridge cannot deliver would be lost (the local bus keeps them)");
    }
    return problems;
  }

  /**
   * The source text of an argument, found in the block body as a plain argument, inside static nested blocks
   * ({@code retry_policy { ... }}), or inside dynamic ones ({@code dynamic "input_transformer" { for_each, content }},
   * whose {@code for_each} counts as part of the block). Empty when the body has no such argument.
   */
  static String argument(JsonNode body, List<String> path) {
    String head = path.getFirst();
    List<String> rest = path.subList(1, path.size());
    StringBuilder text = new StringBuilder();
    JsonNode dynamic = body.path("dynamic").path(head);
    if (rest.isEmpty()) {
      text.append(Expressions.text(body.path(head)));
      dynamic.forEach(d -> text.append(' ').append(Expressions.text(d)));
      return text.toString().trim();
    }
    body.path(head).forEach(block -> text.append(' ').append(argument(block, rest)));
    dynamic.forEach(d -> {
      StringBuilder inContent = new StringBuilder();
      d.path("content").forEach(content -> inContent.append(' ').append(argument(content, rest)));
      if (!inContent.isEmpty() && !inContent.toString().isBlank()) {
        text.append(inContent).append(' ').append(Expressions.text(d.path("for_each")));
      }
    });
    return text.toString().trim();
  }

  /** The argument's text with the text of every local it reaches appended. */
  private static String reached(String argument, Map<String, JsonNode> locals) {
    StringBuilder text = new StringBuilder();
    Expressions.reach(TextNode.valueOf(argument), locals).values().forEach(v -> text.append(Expressions.text(v)).append('\n'));
    return text.toString();
  }

  private static List<HclModel.Block> inDir(List<HclModel.Block> blocks, Path dir) {
    return blocks.stream().filter(b -> b.dir().equals(dir)).toList();
  }
}
