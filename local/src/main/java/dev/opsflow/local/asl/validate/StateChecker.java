package dev.opsflow.local.asl.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Checks one state: its name, Type, which fields it may carry for its type and query language, then the rules of
 * its type. Diagnostics come in AWS's order: unsupported fields, query-language conflicts, the QueryLanguage value
 * itself, then field values.
 */
final class StateChecker {
  static final int MAX_STATE_NAME_LENGTH = 80;
  private static final String TYPES = "[Pass, Task, Choice, Wait, Succeed, Fail, Parallel, Map]";

  private final MachineContext machine;
  private final Findings findings;

  StateChecker(MachineContext machine) {
    this.machine = machine;
    this.findings = machine.findings();
  }

  void check(String name, JsonNode state, Location at) {
    if (name.length() > MAX_STATE_NAME_LENGTH) {
      findings.error(
          "INVALID_STATE_NAME",
          "Invalid State name: State '" + name + "' exceeds the 80-character limit allowed by the service",
          at);
    }
    if (!FieldChecks.object(state, at, findings)) {
      return;
    }
    Optional<StateType> type = typeOf(state, at);
    if (type.isEmpty()) {
      return;
    }
    StateScope scope = scopeOf(name, state, at, type.get());
    CommonFields.check(scope);
    switch (scope.type()) {
      case PASS -> PathSyntax.payloadTemplate(scope.field("Parameters"), scope.at("Parameters"), findings);
      case TASK -> TaskChecker.check(scope);
      case CHOICE -> ChoiceChecker.check(scope);
      case WAIT -> WaitChecker.check(scope);
      case SUCCEED -> {
        // Succeed has no fields of its own.
      }
      case FAIL -> FailChecker.check(scope);
      case PARALLEL -> ParallelChecker.check(scope);
      case MAP -> MapChecker.check(scope);
    }
    ErrorHandlerChecker.check(scope);
  }

  private Optional<StateType> typeOf(JsonNode state, Location at) {
    JsonNode type = state.get("Type");
    if (type == null) {
      findings.required(at, "Type");
      return Optional.empty();
    }
    Optional<StateType> known = type.isTextual() ? StateType.of(type.asText()) : Optional.empty();
    if (known.isEmpty()) {
      findings.schema(at.field("Type"), "Value should be one of the following: " + TYPES);
    }
    return known;
  }

  private StateScope scopeOf(String name, JsonNode state, Location at, StateType type) {
    Set<String> rejected = new HashSet<>();
    state.fieldNames().forEachRemaining(field -> {
      if (!type.accepts(field)) {
        findings.notSupported(at, field);
        rejected.add(field);
      }
    });
    JsonNode declared = state.get("QueryLanguage");
    QueryLanguage language = QueryLanguage.resolve(declared, machine.language());
    boolean downgrade =
        machine.language() == QueryLanguage.JSONATA
            && declared != null
            && declared.isTextual()
            && QueryLanguage.JSONPATH.awsName().equals(declared.asText());
    if (downgrade) {
      findings.schema(at, "'QueryLanguage' can not be 'JSONPath' if set to 'JSONata' for whole state machine");
    }
    for (String field : StateType.fieldsOnlyFor(language.other())) {
      if (state.has(field) && rejected.add(field) && !downgrade) {
        findings.schema(at, onlyFor(language, field));
      }
    }
    QueryLanguage.checkField(declared, at.field("QueryLanguage"), findings);
    return new StateScope(name, state, at, type, language, machine, Set.copyOf(rejected));
  }

  /** "The QueryLanguage is set to 'JSONata', but field 'X' is only supported for the 'JSONPath' QueryLanguage". */
  static String onlyFor(QueryLanguage language, String field) {
    return "The QueryLanguage is set to '"
        + language.awsName()
        + "', but field '"
        + field
        + "' is only supported for the '"
        + language.other().awsName()
        + "' QueryLanguage";
  }
}
