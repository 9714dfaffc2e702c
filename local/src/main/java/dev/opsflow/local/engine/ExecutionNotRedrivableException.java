package dev.opsflow.local.engine;

/** RedriveExecution on an execution that cannot be redriven (still running, succeeded, or unknown). */
public final class ExecutionNotRedrivableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ExecutionNotRedrivableException(String message) {
    super(message, null, false, false);
  }
}
