package dev.opsflow.local.asl.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsflow.local.asl.DefinitionException;
import dev.opsflow.local.engine.StateMachineType;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Static validation of an Amazon States Language definition, as CreateStateMachine, UpdateStateMachine and
 * ValidateStateMachineDefinition do it on AWS: JSON syntax, the schema of every state for its type and query
 * language, transition targets and reachability, terminal states, unique state names, and what an Express machine
 * cannot run. Messages, codes and locations are AWS's, so that a definition refused here is refused there with the
 * same text. JSONata expressions and intrinsic functions are not parsed here.
 */
public final class DefinitionValidator {
  static final int DEFAULT_MAX_RESULTS = 100;

  public DefinitionValidator() {}

  /** Every diagnostic for the definition, empty when it is valid. */
  public List<Diagnostic> validate(String definitionText, StateMachineType type) {
    DefinitionText.Parsed parsed = DefinitionText.parse(definitionText);
    if (parsed.problem().isPresent()) {
      return List.of(parsed.problem().get());
    }
    JsonNode root = parsed.root().orElseThrow();
    Findings findings = new Findings();
    QueryLanguage language = QueryLanguage.resolve(root.get("QueryLanguage"), QueryLanguage.JSONPATH);
    new MachineChecker(language, type == null ? StateMachineType.STANDARD : type, findings).checkTopLevel(root);
    if (findings.isEmpty()) {
      // AWS analyses the graph of a definition only once it matches the schema.
      new TransitionChecker(findings).check(root);
      DuplicateStateNames.check(definitionText, root, findings);
    }
    return findings.list();
  }

  /**
   * Throws {@code DefinitionException("InvalidDefinition", ...)} when the definition has any error, worded as
   * CreateStateMachine words it: {@code Invalid State Machine Definition: 'CODE: message at location, CODE: ...'}.
   */
  public void check(String definitionText, StateMachineType type) {
    List<Diagnostic> errors = validate(definitionText, type).stream().filter(Diagnostic::isError).toList();
    if (!errors.isEmpty()) {
      throw new DefinitionException("InvalidDefinition", invalidDefinitionMessage(errors));
    }
  }

  /** The ValidateStateMachineDefinition response; {@code maxResults} null or 0 means AWS's default of 100. */
  public ValidationResult validateForApi(String text, StateMachineType type, Integer maxResults) {
    List<Diagnostic> diagnostics = validate(text, type);
    int limit = maxResults == null || maxResults <= 0 ? DEFAULT_MAX_RESULTS : maxResults;
    String result = diagnostics.stream().anyMatch(Diagnostic::isError) ? "FAIL" : "OK";
    boolean truncated = diagnostics.size() > limit;
    return new ValidationResult(result, truncated ? diagnostics.subList(0, limit) : diagnostics, truncated);
  }

  static String invalidDefinitionMessage(List<Diagnostic> errors) {
    return errors.stream()
        .map(d -> d.code() + ": " + d.message() + " at " + d.location())
        .collect(Collectors.joining(", ", "Invalid State Machine Definition: '", "'"));
  }
}
