package dev.opsflow.local.asl.validate;

import dev.opsflow.local.engine.StateMachineType;

/** STUB until the validator lands. */
public final class DefinitionValidator {
  public void check(String definitionText, StateMachineType type) {
    if (definitionText == null || type == null) {
      throw new IllegalArgumentException("definition");
    }
  }
}
