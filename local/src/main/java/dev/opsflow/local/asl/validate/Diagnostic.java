package dev.opsflow.local.asl.validate;

/**
 * One problem found in a state machine definition, shaped like AWS's ValidateStateMachineDefinitionDiagnostic.
 *
 * @param severity {@code ERROR} (the definition cannot be created) or {@code WARNING}
 * @param code AWS's diagnostic code, e.g. {@code SCHEMA_VALIDATION_FAILED}, {@code MISSING_TRANSITION_TARGET}
 * @param message AWS's wording, without the location
 * @param location where AWS points, e.g. {@code /States/X/Next} or {@code /States/P/Branches[0]/States/Y}; null
 *     when AWS gives none (MISSING_END_STATE, a definition that is not a JSON object)
 */
public record Diagnostic(String severity, String code, String message, String location) {
  static final String ERROR = "ERROR";

  static Diagnostic error(String code, String message, String location) {
    return new Diagnostic(ERROR, code, message, location);
  }

  boolean isError() {
    return ERROR.equals(severity);
  }
}
