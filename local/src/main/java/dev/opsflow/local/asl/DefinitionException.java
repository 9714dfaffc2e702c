package dev.opsflow.local.asl;

/**
 * A state machine definition AWS would refuse. {@code errorCode} is the API error type (usually
 * {@code InvalidDefinition}) and the message is AWS's, e.g.
 * {@code Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED: ... at /States/X'}.
 */
public class DefinitionException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String errorCode;

  public DefinitionException(String errorCode, String message) {
    super(message);
    this.errorCode = errorCode;
  }

  public String errorCode() {
    return errorCode;
  }
}
