package dev.opsflow.local.asl.validate;

import java.util.List;

/**
 * The ValidateStateMachineDefinition response: {@code OK} when the definition could be created, {@code FAIL}
 * otherwise; {@code truncated} says that more diagnostics were found than {@code maxResults} allowed.
 */
public record ValidationResult(String result, List<Diagnostic> diagnostics, boolean truncated) {
  public ValidationResult {
    diagnostics = List.copyOf(diagnostics);
  }
}
