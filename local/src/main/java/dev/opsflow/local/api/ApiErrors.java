package dev.opsflow.local.api;

/** The API's errors, typed and worded as AWS Step Functions types and words them. */
public final class ApiErrors {
  private ApiErrors() {}

  public static SfnApiException stateMachineDoesNotExist(String arn) {
    return new SfnApiException("StateMachineDoesNotExist", "State Machine Does Not Exist: '" + arn + "'");
  }

  public static SfnApiException stateMachineAlreadyExists(String arn) {
    return new SfnApiException("StateMachineAlreadyExists", "State Machine Already Exists: '" + arn + "'");
  }

  public static SfnApiException stateMachineTypeNotSupported() {
    return new SfnApiException("StateMachineTypeNotSupported", "This operation is not supported by this type of state machine");
  }

  public static SfnApiException executionDoesNotExist(String arn) {
    return new SfnApiException("ExecutionDoesNotExist", "Execution Does Not Exist: '" + arn + "'");
  }

  public static SfnApiException executionAlreadyExists(String arn) {
    return new SfnApiException("ExecutionAlreadyExists", "Execution Already Exists: '" + arn + "'");
  }

  public static SfnApiException executionNotRedrivable(String reason) {
    return new SfnApiException("ExecutionNotRedrivable", reason);
  }

  public static SfnApiException invalidArn(String detail) {
    return new SfnApiException("InvalidArn", "Invalid Arn: '" + detail + "'");
  }

  public static SfnApiException invalidName(String name) {
    return new SfnApiException("InvalidName", "Invalid Name: '" + name + "'");
  }

  public static SfnApiException invalidDefinition(String message) {
    return new SfnApiException("InvalidDefinition", message);
  }

  public static SfnApiException invalidExecutionInput(String reason) {
    return new SfnApiException("InvalidExecutionInput", "Invalid State Machine Execution Input: '" + reason + "'");
  }

  public static SfnApiException invalidOutput(String reason) {
    return new SfnApiException("InvalidOutput", "Invalid Output: '" + reason + "'");
  }

  public static SfnApiException invalidToken() {
    return new SfnApiException("InvalidToken", "Invalid Token: 'Invalid token'");
  }

  public static SfnApiException taskTimedOut() {
    return new SfnApiException("TaskTimedOut", "Task Timed Out: 'Provided task does not exist anymore'");
  }

  public static SfnApiException taskDoesNotExist() {
    return new SfnApiException("TaskDoesNotExist", "Task Does Not Exist: 'Provided task does not exist'");
  }

  public static SfnApiException invalidLoggingConfiguration(String reason) {
    return new SfnApiException("InvalidLoggingConfiguration", "Invalid Logging Configuration: " + reason);
  }

  public static SfnApiException missingRequiredParameter(String message) {
    return new SfnApiException("MissingRequiredParameter", message);
  }

  /** AWS's generic constraint violation, e.g. a member that must not be null. */
  public static SfnApiException validation(String message) {
    return new SfnApiException("ValidationException", message);
  }

  public static SfnApiException memberNull(String member) {
    return validation("1 validation error detected: Value null at '" + member + "' failed to satisfy constraint: Member must not be null");
  }

  public static SfnApiException memberConstraint(String member, Object value, String constraint) {
    return validation(
        "1 validation error detected: Value '" + value + "' at '" + member + "' failed to satisfy constraint: " + constraint);
  }
}
