package dev.opsflow.local.asl.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/** Parallel: a non-empty Branches list, each branch a nested state machine. */
final class ParallelChecker {
  private static final Set<String> BRANCH_FIELDS = Set.of("StartAt", "States", "Comment");

  private ParallelChecker() {}

  static void check(StateScope parallel) {
    Findings findings = parallel.findings();
    PathSyntax.payloadTemplate(parallel.field("Parameters"), parallel.at("Parameters"), findings);
    JsonNode branches = parallel.field("Branches");
    if (branches == null) {
      findings.required(parallel.at(), "Branches");
    } else if (FieldChecks.nonEmptyArray(branches, parallel.at("Branches"), findings)) {
      for (int i = 0; i < branches.size(); i++) {
        parallel.machine().nested().checkNested(branches.get(i), parallel.at("Branches").index(i), BRANCH_FIELDS);
      }
    }
  }
}
