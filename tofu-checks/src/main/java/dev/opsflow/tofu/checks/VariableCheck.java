package dev.opsflow.tofu.checks;

import java.util.ArrayList;
import java.util.List;

/** Every variable declares a type and a non-empty description (STYLE.md section 8). */
public final class VariableCheck implements Check {
  @Override
  public String name() {
    return "variables";
  }

  @Override
  public List<Finding> run(CheckContext context) {
    List<Finding> findings = new ArrayList<>();
    for (HclModel.Block v : context.hcl().variables()) {
      String subject = context.repo().root().relativize(v.file()) + " variable \"" + v.name() + "\"";
      if (!v.body().has("type")) {
        findings.add(new Finding(name(), subject, "has no type"));
      }
      if (Expressions.text(v.body().path("description")).isBlank()) {
        findings.add(new Finding(name(), subject, "has no description"));
      }
    }
    return findings;
  }
}
