package dev.opsflow.tofu.checks;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every {@code ${placeholder}} of every statemachines/*.asl.json is supplied by the templatefile() vars tofu passes
 * to the state-machine module, whose {@code for_each} covers every ASL file. templatefile() would stop a plan on a
 * missing one; this finds it without tofu.
 */
public final class PlaceholderCheck implements Check {
  @Override
  public String name() {
    return "placeholders";
  }

  @Override
  public List<Finding> run(CheckContext context) {
    List<Finding> findings = new ArrayList<>();
    List<Path> aslFiles = context.repo().aslFiles();
    List<HclModel.Block> machines = context.modulesFrom("state-machine");
    if (machines.isEmpty() && !aslFiles.isEmpty()) {
      findings.add(new Finding(name(), "tofu", "no module instantiates modules/state-machine: " + aslFiles.size() + " ASL files are not deployed"));
    }
    Set<String> lambdaModules = context.modulesFrom("lambda-function").stream().map(HclModel.Block::name).collect(Collectors.toSet());
    for (HclModel.Block module : machines) {
      String subject = context.repo().root().relativize(module.file()) + " module \"" + module.name() + "\"";
      Map<String, JsonNode> locals = context.hcl().locals(module.dir());
      Map<String, JsonNode> forEach = Expressions.reach(module.body().path("for_each"), locals);
      if (!Expressions.anyContainsAll(forEach, "fileset(", "statemachines", ".asl.json")) {
        findings.add(new Finding(name(), subject, "for_each does not cover fileset(\".../statemachines\", \"*.asl.json\")"));
      }
      PlaceholderSupply supply = PlaceholderSupply.of(Expressions.reach(module.body().path("placeholders"), locals), context.repo(), lambdaModules);
      for (Path asl : aslFiles) {
        findings.addAll(unsupplied(context, asl, supply, subject));
      }
    }
    return findings;
  }

  List<Finding> unsupplied(CheckContext context, Path file, PlaceholderSupply supply, String by) {
    List<Finding> findings = new ArrayList<>();
    String template = Repository.read(file);
    String subject = context.repo().root().relativize(file).toString();
    for (String placeholder : PlaceholderSupply.used(template)) {
      if (!supply.names().contains(placeholder)) {
        findings.add(new Finding(name(), subject, "${" + placeholder + "} is not supplied by the templatefile() vars of " + by + hint(placeholder)));
      }
    }
    if (PlaceholderSupply.hasDirective(template)) {
      findings.add(new Finding(name(), subject, "holds a templatefile() directive %{ (write a literal one as %%{)"));
    }
    return findings;
  }

  private static String hint(String placeholder) {
    return placeholder.endsWith("_function_arn")
        ? " (no function " + placeholder.replace("_function_arn", "").replace('_', '-') + " in functions/manifest.json)"
        : "";
  }
}
