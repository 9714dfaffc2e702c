package dev.opsflow.tofu.checks;

import java.util.List;

/** What every check reads: the repository, its parsed tofu sources, and the Node tools for ASL validation. */
public record CheckContext(Repository repo, HclModel hcl, NodeTools tools) {
  /** The module blocks whose source is the given module of tofu/modules ({@code lambda-function}). */
  public List<HclModel.Block> modulesFrom(String moduleDir) {
    return hcl.modules().stream().filter(m -> Expressions.text(m.body().path("source")).endsWith("/" + moduleDir)).toList();
  }
}
