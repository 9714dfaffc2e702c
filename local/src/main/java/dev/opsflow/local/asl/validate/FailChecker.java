package dev.opsflow.local.asl.validate;

/** Fail: Error and Cause are strings (or JSONata expressions), exclusive with their JSONPath *Path forms. */
final class FailChecker {
  private FailChecker() {}

  static void check(StateScope fail) {
    Findings findings = fail.findings();
    for (String field : new String[] {"Error", "Cause"}) {
      FieldChecks.exclusive(fail.node(), fail.at(), field, field + "Path", findings);
      if (fail.has(field)) {
        FieldChecks.string(fail.field(field), fail.at(field), findings);
      }
      PathSyntax.referencePathOrIntrinsic(fail.field(field + "Path"), fail.at(field + "Path"), findings);
    }
  }
}
