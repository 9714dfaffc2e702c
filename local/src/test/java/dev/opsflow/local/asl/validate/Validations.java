package dev.opsflow.local.asl.validate;

import dev.opsflow.local.engine.StateMachineType;
import java.util.List;

/** Test helper: the diagnostics of a Standard machine, written as {@code CODE|message|location}. */
final class Validations {
  private static final DefinitionValidator VALIDATOR = new DefinitionValidator();

  private Validations() {}

  static List<String> of(String definition) {
    return of(definition, StateMachineType.STANDARD);
  }

  static List<String> of(String definition, StateMachineType type) {
    return VALIDATOR.validate(definition, type).stream()
        .map(d -> d.code() + "|" + d.message() + "|" + d.location())
        .toList();
  }

  static String schema(String message, String location) {
    return "SCHEMA_VALIDATION_FAILED|" + message + "|" + location;
  }
}
