package dev.opsflow.tofu.checks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every function has its Lambda: the manifest and the modules under functions/ list the same names, and the
 * {@code lambda-function} module is instantiated with {@code for_each} over {@code functions/manifest.json} (so each
 * entry gets an instance) with the entry's handler. A manifest entry's {@code access} and {@code secrets} must name
 * things tofu knows ({@code local.access_statements}, the {@code integrations} variable).
 */
public final class FunctionWiringCheck implements Check {
  private static final String NAME_PATTERN = "[a-z][a-z0-9]*(-[a-z0-9]+)+";

  @Override
  public String name() {
    return "functions";
  }

  @Override
  public List<Finding> run(CheckContext context) {
    List<Finding> findings = new ArrayList<>();
    List<ManifestFunction> manifest = context.repo().manifest();
    Set<String> listed = new HashSet<>();
    for (ManifestFunction f : manifest) {
      listed.add(f.name());
      if (!f.name().matches(NAME_PATTERN)) {
        findings.add(finding(f.name(), "name is not <verb>-<noun> in kebab case"));
      }
      if (f.handler().isBlank()) {
        findings.add(finding(f.name(), "has no handler"));
      }
      if (!context.repo().functionModules().contains(f.name())) {
        findings.add(finding(f.name(), "is in functions/manifest.json but functions/" + f.name() + "/pom.xml does not exist"));
      }
    }
    for (String module : context.repo().functionModules()) {
      if (!listed.contains(module)) {
        findings.add(finding("functions/" + module, "is a function module missing from functions/manifest.json (it would get no Lambda)"));
      }
    }
    findings.addAll(wiring(context, manifest));
    return findings;
  }

  private List<Finding> wiring(CheckContext context, List<ManifestFunction> manifest) {
    List<Finding> findings = new ArrayList<>();
    List<HclModel.Block> lambdas = context.modulesFrom("lambda-function");
    if (lambdas.isEmpty()) {
      findings.add(finding("tofu", "no module instantiates modules/lambda-function: functions " + names(manifest) + " have no Lambda"));
    }
    for (HclModel.Block module : lambdas) {
      String subject = context.repo().root().relativize(module.file()) + " module \"" + module.name() + "\"";
      Map<String, JsonNode> locals = context.hcl().locals(module.dir());
      Map<String, JsonNode> reached = Expressions.reach(module.body().path("for_each"), locals);
      if (!Expressions.anyContainsAll(reached, "jsondecode(file(", "functions/manifest.json")) {
        findings.add(finding(subject, "for_each does not iterate over jsondecode(file(\".../functions/manifest.json\")): functions " + names(manifest) + " have no Lambda instance"));
      }
      if (!Expressions.text(module.body().path("handler")).contains("each.value.handler")) {
        findings.add(finding(subject, "handler is not the manifest entry's handler (each.value.handler)"));
      }
      findings.addAll(vocabulary(context, locals, manifest));
    }
    return findings;
  }

  private List<Finding> vocabulary(CheckContext context, Map<String, JsonNode> locals, List<ManifestFunction> manifest) {
    List<Finding> findings = new ArrayList<>();
    JsonNode access = locals.get("access_statements");
    Set<String> integrations = new HashSet<>();
    context.hcl().variables().stream()
        .filter(v -> v.name().equals("integrations"))
        .forEach(v -> v.body().path("default").forEach(i -> integrations.add(i.asText())));
    for (ManifestFunction f : manifest) {
      for (String a : f.access()) {
        if (access == null || !access.has(a)) {
          findings.add(finding(f.name(), "access \"" + a + "\" is not a key of local.access_statements"));
        }
      }
      for (String s : f.secrets()) {
        if (!integrations.contains(s)) {
          findings.add(finding(f.name(), "secret \"" + s + "\" is not one of the integrations " + integrations));
        }
      }
    }
    return findings;
  }

  private static List<String> names(List<ManifestFunction> manifest) {
    return manifest.stream().map(ManifestFunction::name).toList();
  }

  private Finding finding(String subject, String message) {
    return new Finding(name(), subject, message);
  }
}
