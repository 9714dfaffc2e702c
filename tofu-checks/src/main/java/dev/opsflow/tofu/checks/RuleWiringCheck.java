package dev.opsflow.tofu.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every events/rules/*.json is wired, and wired whole: the events module's {@code rules} are loaded with
 * {@code fileset(".../events/rules", "*.json")} and {@code jsondecode()} (so no file is left out); each file is a
 * rule in the format of events/README.md ({@link RuleFormat}: event-pattern rules and schedule rules alike); the
 * module passes every member of that format on to EventBridge ({@link RuleMemberUse}); and every placeholder in
 * a file is supplied by the templatefile() vars the rules are rendered with.
 */
public final class RuleWiringCheck implements Check {
  @Override
  public String name() {
    return "rules";
  }

  @Override
  public List<Finding> run(CheckContext context) {
    List<Finding> findings = new ArrayList<>();
    List<Path> ruleFiles = context.repo().ruleFiles();
    List<HclModel.Block> events = context.modulesFrom("events");
    if (events.isEmpty() && !ruleFiles.isEmpty()) {
      findings.add(new Finding(name(), "tofu", "no module instantiates modules/events: no rule file is wired"));
    }
    Set<String> lambdaModules = context.modulesFrom("lambda-function").stream().map(HclModel.Block::name).collect(Collectors.toSet());
    for (HclModel.Block module : events) {
      String subject = context.repo().root().relativize(module.file()) + " module \"" + module.name() + "\"";
      Map<String, JsonNode> locals = context.hcl().locals(module.dir());
      Map<String, JsonNode> reached = Expressions.reach(module.body().path("rules"), locals);
      boolean allFiles = Expressions.anyContainsAll(reached, "fileset(", "events/rules", "*.json");
      boolean decoded = Expressions.anyContainsAll(reached, "jsondecode(");
      for (Path file : ruleFiles) {
        String rule = context.repo().root().relativize(file).toString();
        if (!decoded || (!allFiles && !Expressions.anyContainsAll(reached, file.getFileName().toString()))) {
          findings.add(new Finding(name(), rule, "is not wired: " + subject + " rules are not loaded with fileset(\".../events/rules\", \"*.json\") and jsondecode()"));
        }
      }
      Path moduleDir = module.dir().resolve(Expressions.text(module.body().path("source"))).normalize();
      String moduleName = context.repo().root().relativize(moduleDir).toString();
      RuleMemberUse.problems(context.hcl(), moduleDir).forEach(p -> findings.add(new Finding(name(), moduleName, p)));
      PlaceholderSupply supply = supply(context, reached, locals, lambdaModules);
      ruleFiles.forEach(file -> findings.addAll(ruleProblems(context, file, supply, subject)));
    }
    return findings;
  }

  /** The vars of the templatefile() call that renders the rule files (none if they are read with file()). */
  private static PlaceholderSupply supply(
      CheckContext context, Map<String, JsonNode> reached, Map<String, JsonNode> locals, Set<String> lambdaModules) {
    for (JsonNode value : reached.values()) {
      String text = Expressions.text(value);
      int call = text.indexOf("templatefile(");
      if (call >= 0 && text.contains("events/rules")) {
        return PlaceholderSupply.of(Expressions.reach(TextNode.valueOf(text.substring(call)), locals), context.repo(), lambdaModules);
      }
    }
    return new PlaceholderSupply(Set.of());
  }

  private List<Finding> ruleProblems(CheckContext context, Path file, PlaceholderSupply supply, String by) {
    List<Finding> findings = new ArrayList<>();
    String subject = context.repo().root().relativize(file).toString();
    JsonNode rule;
    try {
      rule = Repository.readJson(file);
    } catch (UncheckedIOException e) {
      return List.of(new Finding(name(), subject, "is not valid JSON: " + e.getMessage()));
    }
    String fileName = file.getFileName().toString().replaceFirst("\\.json$", "");
    RuleFormat.problems(rule, fileName).forEach(p -> findings.add(new Finding(name(), subject, p)));
    for (String placeholder : PlaceholderSupply.used(Repository.read(file))) {
      if (!supply.names().contains(placeholder)) {
        findings.add(new Finding(name(), subject, "${" + placeholder + "} is not supplied by the templatefile() vars the rules of " + by + " are rendered with"));
      }
    }
    return findings;
  }
}
