package dev.opsflow.tofu.checks;

import java.util.List;

/** Every .tf file under tofu/ parses (as HCL, with the parser Terraform's own tools use). */
public final class ParseCheck implements Check {
  @Override
  public String name() {
    return "parse";
  }

  @Override
  public List<Finding> run(CheckContext context) {
    return context.hcl().files().stream()
        .filter(p -> !p.ok())
        .map(p -> new Finding(name(), context.repo().root().relativize(p.file()).toString(), p.error()))
        .toList();
  }
}
