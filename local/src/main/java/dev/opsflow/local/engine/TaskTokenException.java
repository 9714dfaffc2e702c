package dev.opsflow.local.engine;

/** An answer to a task token that cannot be taken, named as the Step Functions API names the reason. */
public final class TaskTokenException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why: the API error types {@code InvalidToken}, {@code TaskDoesNotExist}, {@code TaskTimedOut}. */
  public enum Reason {
    INVALID_TOKEN("InvalidToken"),
    TASK_DOES_NOT_EXIST("TaskDoesNotExist"),
    TASK_TIMED_OUT("TaskTimedOut");

    private final String apiError;

    Reason(String apiError) {
      this.apiError = apiError;
    }

    public String apiError() {
      return apiError;
    }
  }

  private final Reason reason;

  public TaskTokenException(Reason reason, String message) {
    super(message, null, false, false);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
