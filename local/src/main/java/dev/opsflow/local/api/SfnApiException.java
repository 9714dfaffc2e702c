package dev.opsflow.local.api;

/**
 * An error the Step Functions API answers with: {@code type} is AWS's error code (the SDK maps it to its exception
 * class, e.g. {@code StateMachineDoesNotExist}), {@code message} AWS's wording, {@code status} the HTTP status
 * (400 for every client error AWS defines).
 */
public final class SfnApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String type;
  private final int status;

  public SfnApiException(String type, String message, int status) {
    super(message, null, false, false);
    this.type = type;
    this.status = status;
  }

  public SfnApiException(String type, String message) {
    this(type, message, 400);
  }

  public String type() {
    return type;
  }

  public int status() {
    return status;
  }
}
