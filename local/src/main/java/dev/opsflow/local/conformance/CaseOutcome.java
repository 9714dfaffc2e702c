package dev.opsflow.local.conformance;

/** Whether a case passed, failed (with a one-line reason and both sides in full) or was not run. */
public sealed interface CaseOutcome {

  /** Our engine did what AWS did. */
  record Passed() implements CaseOutcome {}

  /**
   * Our engine differed, failed to run, or the case needs an operation we lack. {@code reason} is one short
   * line; {@code expected} and {@code actual} are the full texts shown with {@code --verbose}.
   */
  record Failed(String reason, String expected, String actual) implements CaseOutcome {
    static Failed because(String reason) {
      return new Failed(reason, "", "");
    }
  }

  /** A kind this runner does not check (TestState, ValidateStateMachineDefinition). */
  record Skipped(String reason) implements CaseOutcome {}
}
